package org.sleecharging.container.internal.runtime.service;

import javax.slee.ServiceID;
import javax.slee.serviceactivity.ServiceActivity;

/** The activity of one activation of a service (JSLEE 1.1 §8.7). */
final class ServiceActivityImpl implements ServiceActivity {
  private final ServiceID service;

  ServiceActivityImpl(ServiceID service) {
    this.service = service;
  }

  @Override
  public ServiceID getService() {
    return service;
  }

  @Override
  public String toString() {
    return "ServiceActivity[" + service + "]";
  }
}
