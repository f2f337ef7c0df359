package org.sleecharging.netsim.driver;

/** Implemented by the simulator RA object: hands out its driver. */
public interface NetworkDriverSource {

  NetworkDriver networkDriver();
}
