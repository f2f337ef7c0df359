package org.sleecharging.container.internal.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.slee.Address;
import javax.slee.EventTypeID;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.FailureReason;
import javax.slee.resource.FireableEventType;
import javax.slee.resource.Marshaler;
import javax.slee.resource.ReceivableService;
import javax.slee.resource.ResourceAdaptor;
import javax.slee.resource.ResourceAdaptorContext;
import javax.slee.resource.ResourceAdaptorID;
import javax.slee.resource.ResourceAdaptorTypeID;
import org.sleecharging.container.internal.spi.RaEntityRef;

/** An RA entity whose RA object records the runtime's callbacks. */
final class FakeRaEntity implements RaEntityRef {
  static final ResourceAdaptorTypeID TYPE = new ResourceAdaptorTypeID("TestRaType", "org.test", "1.0");

  record Handle(String id) implements ActivityHandle {}

  /** The activity object the RA hands to SBBs. */
  public record Activity(String id) {}

  record Fireable(EventTypeID getEventType) implements FireableEventType {
    @Override
    public String getEventClassName() {
      return TestEvent.class.getName();
    }

    @Override
    public ClassLoader getEventClassLoader() {
      return TestEvent.class.getClassLoader();
    }
  }

  final Map<ActivityHandle, Object> activities = new ConcurrentHashMap<>();
  final ClassLoader loader = new ClassLoader(getClass().getClassLoader()) {};
  volatile boolean active = true;
  private final ResourceAdaptor ra = new Recording();

  @Override
  public String name() {
    return "fake-ra";
  }

  @Override
  public ResourceAdaptorID resourceAdaptorId() {
    return new ResourceAdaptorID("FakeRa", "org.test", "1.0");
  }

  @Override
  public ResourceAdaptor resourceAdaptor() {
    return ra;
  }

  @Override
  public ClassLoader classLoader() {
    return loader;
  }

  @Override
  public boolean acceptsNewActivities() {
    return active;
  }

  @Override
  public boolean mayFireEvents() {
    return active;
  }

  @Override
  public boolean mayFire(EventTypeID eventType) {
    return !eventType.equals(TestEvent.BLOCK);
  }

  @Override
  public boolean implementsRaType(ResourceAdaptorTypeID raType) {
    return TYPE.equals(raType);
  }

  @Override
  public Object sbbInterface(ResourceAdaptorTypeID raType) {
    return "provider-of-" + name();
  }

  @Override
  public void activityRemoved(ActivityHandle handle) {
    activities.remove(handle);
    Recorder.record("ra:activityRemoved:" + ((Handle) handle).id());
  }

  private final class Recording implements ResourceAdaptor {
    private void tccl(String what) {
      if (Thread.currentThread().getContextClassLoader() != loader) {
        Recorder.record("ra:wrong-context-class-loader:" + what);
      }
    }

    @Override
    public void eventProcessingSuccessful(ActivityHandle h, FireableEventType t, Object e,
        Address a, ReceivableService s, int flags) {
      tccl("success");
      Recorder.record("ra:successful:" + ((TestEvent) e).key());
    }

    @Override
    public void eventProcessingFailed(ActivityHandle h, FireableEventType t, Object e, Address a,
        ReceivableService s, int flags, FailureReason reason) {
      tccl("failed");
      Recorder.record("ra:failed:" + ((TestEvent) e).key() + ":" + reason.toInt());
    }

    @Override
    public void eventUnreferenced(ActivityHandle h, FireableEventType t, Object e, Address a,
        ReceivableService s, int flags) {
      tccl("unreferenced");
      Recorder.record("ra:eventUnreferenced:" + ((TestEvent) e).key());
    }

    @Override
    public void activityEnded(ActivityHandle h) {
      tccl("activityEnded");
      Recorder.record("ra:activityEnded:" + ((Handle) h).id());
    }

    @Override
    public void activityUnreferenced(ActivityHandle h) {
      Recorder.record("ra:activityUnreferenced:" + ((Handle) h).id());
    }

    @Override
    public ActivityHandle getActivityHandle(Object activity) {
      return activity instanceof Activity a && activities.containsKey(new Handle(a.id()))
          ? new Handle(a.id()) : null;
    }

    @Override
    public Object getActivity(ActivityHandle h) {
      return activities.get(h);
    }

    @Override
    public void setResourceAdaptorContext(ResourceAdaptorContext c) {}

    @Override
    public void unsetResourceAdaptorContext() {}

    @Override
    public void raConfigure(ConfigProperties p) {}

    @Override
    public void raUnconfigure() {}

    @Override
    public void raActive() {}

    @Override
    public void raStopping() {}

    @Override
    public void raInactive() {}

    @Override
    public void raVerifyConfiguration(ConfigProperties p) {}

    @Override
    public void raConfigurationUpdate(ConfigProperties p) {}

    @Override
    public Object getResourceAdaptorInterface(String className) {
      return null;
    }

    @Override
    public Marshaler getMarshaler() {
      return null;
    }

    @Override
    public void serviceActive(ReceivableService s) {}

    @Override
    public void serviceStopping(ReceivableService s) {}

    @Override
    public void serviceInactive(ReceivableService s) {}

    @Override
    public void queryLiveness(ActivityHandle h) {
      Recorder.record("ra:queryLiveness:" + ((Handle) h).id());
    }

    @Override
    public void administrativeRemove(ActivityHandle h) {}
  }
}
