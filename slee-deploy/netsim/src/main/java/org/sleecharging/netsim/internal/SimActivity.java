package org.sleecharging.netsim.internal;

import javax.slee.Address;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.NetworkActivityId;
import org.sleecharging.netsim.event.NetworkEvent;

/** What the three simulated activities share: id, handle, charged subscriber, the network. */
abstract class SimActivity {
  private final NetworkActivityId id;
  private final SimHandle handle;
  private final Address subscriber;
  private final SimNetwork network;

  SimActivity(NetworkActivityId id, Address subscriber, SimNetwork network) {
    this.id = id;
    this.handle = new SimHandle(id);
    this.subscriber = subscriber;
    this.network = network;
  }

  public final NetworkActivityId getId() {
    return id;
  }

  final SimHandle handle() {
    return handle;
  }

  /** The address events of this activity are fired with. */
  final Address subscriber() {
    return subscriber;
  }

  final void fire(NetworkEvent event) {
    network.port().fire(this, event);
  }

  final void end() {
    network.port().end(this);
  }

  final void record(SbbAction action) {
    network.actionLog().record(action);
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
