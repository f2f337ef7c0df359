package org.sleecharging.container.internal.runtime;

import javax.slee.ActivityContextInterface;
import javax.slee.TransactionRolledbackLocalException;

/** Narrows its ACI and calls itself through its local interface. */
public abstract class AciSbb extends BaseTestSbb {
  @Override
  protected String prefix() {
    return "aci";
  }

  public abstract TestSbbAci asSbbActivityContextInterface(ActivityContextInterface aci);

  public String hello(String name) {
    return "hello " + name;
  }

  public void explode() {
    throw new IllegalArgumentException("exploded");
  }

  public void onPing(TestEvent e, TestSbbAci aci) {
    TestSbbAci narrowed = asSbbActivityContextInterface(aci);
    narrowed.setHits(narrowed.getHits() + 1);
    if (e.key().equals("share")) {
      narrowed.setShared("shared-value");
    }
    AciLocal self = (AciLocal) context.getSbbLocalObject();
    String greeting = self.hello(e.key());
    String exploded;
    try {
      self.explode();
      exploded = "no";
    } catch (TransactionRolledbackLocalException ex) {
      exploded = ex.getCause().getMessage();
    }
    Recorder.record("aci:" + e.key() + ":" + narrowed.getHits() + ":" + narrowed.getShared() + ":"
        + greeting + ":" + exploded + ":" + context.getRollbackOnly());
  }
}
