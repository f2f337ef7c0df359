package org.sleecharging.container.internal.runtime;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.slee.ActivityContextInterface;
import javax.slee.ActivityEndEvent;
import javax.slee.ChildRelation;
import javax.slee.CreateException;

/** A root SBB with a CMP counter and a child relation. */
public abstract class RootSbb extends BaseTestSbb {
  public static volatile CountDownLatch release = new CountDownLatch(0);

  @Override
  protected String prefix() {
    return "root";
  }

  public abstract int getCount();

  public abstract void setCount(int count);

  public abstract ChildRelation getChildren();

  public void onPing(TestEvent e, ActivityContextInterface aci) throws Exception {
    setCount(getCount() + 1);
    if (e.key().equals("mask")) {
      context.maskEvent(new String[] {"Other"}, aci);
    }
    if (e.key().equals("child")) {
      getChildren().create();
    }
    if (e.key().equals("remove-child")) {
      javax.slee.SbbLocalObject first = (javax.slee.SbbLocalObject) getChildren().iterator().next();
      Recorder.record("root:child-contained:" + getChildren().contains(first));
      first.remove();
    }
    Recorder.record("root:ping:" + e.key() + ":" + getCount() + ":children=" + getChildren().size()
        + ":" + context.getService().getName());
  }

  public void onFail(TestEvent e, ActivityContextInterface aci) throws CreateException {
    setCount(getCount() + 100);
    getChildren().create();
    throw new IllegalStateException("boom");
  }

  public void onRollbackOnly(TestEvent e, ActivityContextInterface aci) throws CreateException {
    setCount(getCount() + 100);
    getChildren().create();
    context.setRollbackOnly();
  }

  public void onOther(TestEvent e, ActivityContextInterface aci) {
    Recorder.record("root:other:" + e.key());
  }

  public void onBlock(TestEvent e, ActivityContextInterface aci) throws InterruptedException {
    Recorder.record("root:block-start:" + e.key());
    if (!release.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("block was never released");
    }
    Recorder.record("root:block-end:" + e.key());
  }

  public void onActivityEnd(ActivityEndEvent e, ActivityContextInterface aci) {
    Recorder.record("root:end");
  }
}
