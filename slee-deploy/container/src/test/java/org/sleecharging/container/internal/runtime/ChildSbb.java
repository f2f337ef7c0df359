package org.sleecharging.container.internal.runtime;

/** A child SBB with no events. */
public abstract class ChildSbb extends BaseTestSbb {
  @Override
  protected String prefix() {
    return "child";
  }
}
