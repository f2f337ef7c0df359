package org.sleecharging.container.internal.spi;

import javax.slee.ServiceID;

/**
 * Service state changes, told by the service runtime to the RA side, which passes them on to RA
 * entities as {@code serviceActive}/{@code serviceStopping}/{@code serviceInactive} (JSLEE 1.1
 * §15.12).
 */
public interface ServiceLifecycleListener {

  void serviceActive(ServiceID service);

  void serviceStopping(ServiceID service);

  void serviceInactive(ServiceID service);
}
