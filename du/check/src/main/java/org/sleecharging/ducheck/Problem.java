package org.sleecharging.ducheck;

/**
 * One thing wrong with a descriptor.
 *
 * @param file where, e.g. {@code ra-du.jar!/jars/ra.jar!/META-INF/resource-adaptor-jar.xml}
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong
 */
public record Problem(String file, int line, int column, String message) {

  static Problem whole(String file, String message) {
    return new Problem(file, 0, 0, message);
  }

  /** {@code file:line:column: message}, the form IDEs and terminals link to. */
  @Override
  public String toString() {
    if (line <= 0) {
      return file + ": " + message;
    }
    return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
  }
}
