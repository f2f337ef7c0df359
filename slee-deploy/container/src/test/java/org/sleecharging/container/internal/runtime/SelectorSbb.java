package org.sleecharging.container.internal.runtime;

import javax.slee.ActivityContextInterface;
import javax.slee.InitialEventSelector;

/** Converges events by the key carried in the event, through its initial event selector. */
public abstract class SelectorSbb extends BaseTestSbb {
  @Override
  protected String prefix() {
    return "selector";
  }

  public abstract int getCount();

  public abstract void setCount(int count);

  public InitialEventSelector selectByKey(InitialEventSelector selector) {
    TestEvent e = (TestEvent) selector.getEvent();
    if (e.key().startsWith("ignore")) {
      selector.setInitialEvent(false);
    } else {
      selector.setCustomName(e.key());
    }
    return selector;
  }

  public void onCustom(TestEvent e, ActivityContextInterface aci) {
    setCount(getCount() + 1);
    Recorder.record("selector:" + e.key() + ":" + getCount());
  }
}
