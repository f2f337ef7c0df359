package org.sleecharging.container.internal.runtime;

import javax.slee.ActivityContextInterface;
import javax.slee.serviceactivity.ServiceStartedEvent;

/** Records ServiceStartedEvent and pings. */
public abstract class ServiceSbb extends BaseTestSbb {
  @Override
  protected String prefix() {
    return "service";
  }

  public void onServiceStarted(ServiceStartedEvent e, ActivityContextInterface aci) {
    Recorder.record("service:started:" + e.getService().getName());
  }

  public void onPing(TestEvent e, ActivityContextInterface aci) {
    Recorder.record("service:ping:" + e.key());
  }
}
