package org.sleecharging.container.internal.deploy.testcomponents;

/** A class of the test library component jar. */
public final class LibValue {

  private LibValue() {}

  public static String tag() {
    return "lib";
  }
}
