package org.sleecharging.netsim.internal;

import org.sleecharging.netsim.event.NetworkEvent;

/** Where simulated activities start, fire and end: the SLEE endpoint, or a fake in tests. */
interface NetworkPort {

  void start(SimActivity activity);

  void fire(SimActivity activity, NetworkEvent event);

  void end(SimActivity activity);
}
