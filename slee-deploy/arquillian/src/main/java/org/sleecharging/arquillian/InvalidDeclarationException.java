package org.sleecharging.arquillian;

/**
 * A declaration of RA entities, link names or services (arquillian.xml property or deployment
 * annotation) that does not parse. Names where it came from and the offending text.
 */
public final class InvalidDeclarationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String value;

  public InvalidDeclarationException(String source, String value, String problem) {
    super(source + ": '" + value + "' " + problem);
    this.source = source;
    this.value = value;
  }

  /** Where the declaration came from, e.g. {@code arquillian.xml raEntities} or a method. */
  public String source() {
    return source;
  }

  /** The text that was refused. */
  public String value() {
    return value;
  }
}
