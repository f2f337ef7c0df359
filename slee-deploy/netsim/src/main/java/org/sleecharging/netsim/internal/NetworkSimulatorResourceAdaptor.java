package org.sleecharging.netsim.internal;

import javax.slee.Address;
import javax.slee.facilities.Tracer;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.FailureReason;
import javax.slee.resource.FireableEventType;
import javax.slee.resource.InvalidConfigurationException;
import javax.slee.resource.Marshaler;
import javax.slee.resource.ReceivableService;
import javax.slee.resource.ResourceAdaptor;
import javax.slee.resource.ResourceAdaptorContext;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.netsim.driver.NetworkDriverSource;
import org.sleecharging.netsim.event.NetworkActivityId;

/**
 * The network simulator RA: a thin translator between the SLEE and {@link SimNetwork}. Has no
 * configuration properties. Its driver ({@link NetworkDriverSource}) is handed out only while the
 * entity is active; deactivation ends every live activity.
 */
public class NetworkSimulatorResourceAdaptor implements ResourceAdaptor, NetworkDriverSource {

  private ResourceAdaptorContext context;
  private Tracer tracer;
  private SimNetwork network;
  private volatile boolean active;

  @Override
  public NetworkDriver networkDriver() {
    if (!active) {
      throw new IllegalStateException("the network simulator RA entity is not active");
    }
    return network;
  }

  /** Looks up the event types: an entity of a DU without them fails here, at creation. */
  @Override
  public void setResourceAdaptorContext(ResourceAdaptorContext context) {
    this.context = context;
    this.tracer = context.getTracer("netsim");
    this.network = new SimNetwork(SleePort.of(context));
  }

  @Override
  public void unsetResourceAdaptorContext() {
    this.context = null;
    this.tracer = null;
    this.network = null;
  }

  @Override
  public void raConfigure(ConfigProperties properties) {}

  @Override
  public void raUnconfigure() {}

  @Override
  public void raVerifyConfiguration(ConfigProperties properties)
      throws InvalidConfigurationException {}

  @Override
  public void raConfigurationUpdate(ConfigProperties properties) {}

  @Override
  public void raActive() {
    active = true;
    tracer.info("network simulator active");
  }

  /** Ends every live activity; the SLEE calls {@link #raInactive} once they have ended. */
  @Override
  public void raStopping() {
    active = false;
    for (NetworkActivityId id : network.liveActivities()) {
      SimActivity a = network.live(id);
      if (a != null) {
        a.end();
      }
    }
  }

  @Override
  public void raInactive() {
    active = false;
  }

  @Override
  public Object getResourceAdaptorInterface(String className) {
    return network;
  }

  @Override
  public Marshaler getMarshaler() {
    return null;
  }

  @Override
  public void serviceActive(ReceivableService service) {}

  @Override
  public void serviceStopping(ReceivableService service) {}

  @Override
  public void serviceInactive(ReceivableService service) {}

  @Override
  public void queryLiveness(ActivityHandle handle) {
    SimNetwork n = network;
    if (n != null && n.live(((SimHandle) handle).id()) == null) {
      context.getSleeEndpoint().endActivity(handle);
    }
  }

  @Override
  public Object getActivity(ActivityHandle handle) {
    SimNetwork n = network;
    return n == null || !(handle instanceof SimHandle) ? null : n.live(((SimHandle) handle).id());
  }

  @Override
  public ActivityHandle getActivityHandle(Object activity) {
    SimNetwork n = network;
    if (n == null || !(activity instanceof SimActivity)) {
      return null;
    }
    SimActivity a = (SimActivity) activity;
    return n.live(a.getId()) == a ? a.handle() : null;
  }

  @Override
  public void administrativeRemove(ActivityHandle handle) {
    activityEnded(handle);
  }

  @Override
  public void eventProcessingSuccessful(ActivityHandle handle, FireableEventType type,
      Object event, Address address, ReceivableService service, int flags) {}

  @Override
  public void eventProcessingFailed(ActivityHandle handle, FireableEventType type, Object event,
      Address address, ReceivableService service, int flags, FailureReason reason) {
    tracer.warning("event processing failed for " + event + ": " + reason);
  }

  @Override
  public void eventUnreferenced(ActivityHandle handle, FireableEventType type, Object event,
      Address address, ReceivableService service, int flags) {}

  @Override
  public void activityEnded(ActivityHandle handle) {
    SimNetwork n = network;
    if (n != null && handle instanceof SimHandle) {
      n.ended(((SimHandle) handle).id());
    }
  }

  @Override
  public void activityUnreferenced(ActivityHandle handle) {}
}
