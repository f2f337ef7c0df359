package org.sleecharging.container.internal.runtime;

import javax.naming.InitialContext;
import javax.slee.ActivityContextInterface;

/** Looks up its RA's SBB interface and ACI factory through java:comp/env. */
public abstract class RaSbb extends BaseTestSbb {
  @Override
  protected String prefix() {
    return "ra-sbb";
  }

  public void onPing(TestEvent e, ActivityContextInterface aci) throws Exception {
    if (e.key().startsWith("attach:")) {
      Object provider = new InitialContext().lookup("java:comp/env/slee/resources/test/provider");
      TestAciFactory factory =
          (TestAciFactory) new InitialContext().lookup("java:comp/env/slee/resources/test/acif");
      ActivityContextInterface other =
          factory.getActivityContextInterface(new FakeRaEntity.Activity(e.key().substring(7)));
      other.attach(context.getSbbLocalObject());
      Recorder.record("ra-sbb:provider:" + provider);
    }
    Recorder.record("ra-sbb:ping:" + e.key());
  }

  public void onFail(TestEvent e, ActivityContextInterface aci) {
    throw new IllegalStateException("fail " + e.key());
  }

  public void onOther(TestEvent e, ActivityContextInterface aci) {
    Recorder.record("ra-sbb:other:" + e.key());
  }
}
