package org.sleecharging.container.internal.deploy.testcomponents;

import javax.slee.Address;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.FailureReason;
import javax.slee.resource.FireableEventType;
import javax.slee.resource.Marshaler;
import javax.slee.resource.ReceivableService;
import javax.slee.resource.ResourceAdaptor;
import javax.slee.resource.ResourceAdaptorContext;

/**
 * The test RA class. The deployer never instantiates it; its methods exist to satisfy the interface
 * and are not called by these tests.
 */
public class PingRa implements ResourceAdaptor {

  /** Lets tests compare the event class this RA's loader sees with the SBB's. */
  public static Class<?> eventClass() {
    return PingEvent.class;
  }

  @Override
  public void setResourceAdaptorContext(ResourceAdaptorContext context) {}

  @Override
  public void unsetResourceAdaptorContext() {}

  @Override
  public void raConfigure(ConfigProperties properties) {}

  @Override
  public void raUnconfigure() {}

  @Override
  public void raActive() {}

  @Override
  public void raStopping() {}

  @Override
  public void raInactive() {}

  @Override
  public void raVerifyConfiguration(ConfigProperties properties) {}

  @Override
  public void raConfigurationUpdate(ConfigProperties properties) {}

  @Override
  public Object getResourceAdaptorInterface(String className) {
    throw new UnsupportedOperationException("test RA: not used by deployer tests");
  }

  @Override
  public Marshaler getMarshaler() {
    throw new UnsupportedOperationException("test RA: not used by deployer tests");
  }

  @Override
  public void serviceActive(ReceivableService service) {}

  @Override
  public void serviceStopping(ReceivableService service) {}

  @Override
  public void serviceInactive(ReceivableService service) {}

  @Override
  public void queryLiveness(ActivityHandle handle) {}

  @Override
  public Object getActivity(ActivityHandle handle) {
    throw new UnsupportedOperationException("test RA: not used by deployer tests");
  }

  @Override
  public ActivityHandle getActivityHandle(Object activity) {
    throw new UnsupportedOperationException("test RA: not used by deployer tests");
  }

  @Override
  public void administrativeRemove(ActivityHandle handle) {}

  @Override
  public void eventProcessingSuccessful(
      ActivityHandle handle,
      FireableEventType type,
      Object event,
      Address address,
      ReceivableService service,
      int flags) {}

  @Override
  public void eventProcessingFailed(
      ActivityHandle handle,
      FireableEventType type,
      Object event,
      Address address,
      ReceivableService service,
      int flags,
      FailureReason reason) {}

  @Override
  public void eventUnreferenced(
      ActivityHandle handle,
      FireableEventType type,
      Object event,
      Address address,
      ReceivableService service,
      int flags) {}

  @Override
  public void activityEnded(ActivityHandle handle) {}

  @Override
  public void activityUnreferenced(ActivityHandle handle) {}
}
