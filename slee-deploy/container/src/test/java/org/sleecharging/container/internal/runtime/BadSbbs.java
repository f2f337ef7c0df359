package org.sleecharging.container.internal.runtime;

import javax.slee.ActivityContextInterface;

/** SBB abstract classes that break the JSLEE 1.1 method rules. */
final class BadSbbs {
  private BadSbbs() {}

  /** CMP field "count" without its setter. */
  public abstract static class MissingSetter extends BaseTestSbb {
    @Override
    protected String prefix() {
      return "bad";
    }

    public abstract int getCount();
  }

  /** Event handler without the ACI parameter. */
  public abstract static class WrongHandler extends BaseTestSbb {
    @Override
    protected String prefix() {
      return "bad";
    }

    public void onPing(TestEvent e) {}
  }

  /** An abstract method the container cannot implement. */
  public abstract static class UnknownAbstract extends BaseTestSbb {
    @Override
    protected String prefix() {
      return "bad";
    }

    public abstract void doSomething();

    public void onPing(TestEvent e, ActivityContextInterface aci) {}
  }
}
