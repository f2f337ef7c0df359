package org.sleecharging.container.internal.deploy.testcomponents;

/** A class packed in a jar nested inside the test library component jar. */
public final class NestedLibValue {

  private NestedLibValue() {}
}
