package org.sleecharging.launcher.standin;

import javax.slee.Address;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.FailureReason;
import javax.slee.resource.FireableEventType;
import javax.slee.resource.InvalidConfigurationException;
import javax.slee.resource.Marshaler;
import javax.slee.resource.ReceivableService;
import javax.slee.resource.ResourceAdaptor;
import javax.slee.resource.ResourceAdaptorContext;

/**
 * Stands in for the charging RA in launcher tests: declares the six properties the launcher sets
 * and refuses a configuration that lacks any of them or has a bad port; charges nothing.
 */
public class StandInChargingRa implements ResourceAdaptor {
  private static final String[] TEXT = {"originHost", "originRealm", "destinationRealm",
      "ocsPrimaryHost", "ocsPrimaryAddress"};

  @Override
  public void raVerifyConfiguration(ConfigProperties properties)
      throws InvalidConfigurationException {
    for (String name : TEXT) {
      Object v = properties.getProperty(name).getValue();
      if (!(v instanceof String) || ((String) v).isEmpty()) {
        throw new InvalidConfigurationException(name + " must be a non-empty string, was " + v);
      }
    }
    Object port = properties.getProperty("ocsPrimaryPort").getValue();
    if (!(port instanceof Integer) || (Integer) port < 1) {
      throw new InvalidConfigurationException("ocsPrimaryPort must be a positive Integer, was " + port);
    }
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
  public void raConfigurationUpdate(ConfigProperties properties) {}

  @Override
  public Object getResourceAdaptorInterface(String className) {
    return null;
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
  public void queryLiveness(ActivityHandle handle) {}

  @Override
  public Object getActivity(ActivityHandle handle) {
    return null;
  }

  @Override
  public ActivityHandle getActivityHandle(Object activity) {
    return null;
  }

  @Override
  public void administrativeRemove(ActivityHandle handle) {}

  @Override
  public void eventProcessingSuccessful(ActivityHandle h, FireableEventType t, Object e,
      Address a, ReceivableService s, int flags) {}

  @Override
  public void eventProcessingFailed(ActivityHandle h, FireableEventType t, Object e, Address a,
      ReceivableService s, int flags, FailureReason reason) {}

  @Override
  public void eventUnreferenced(ActivityHandle h, FireableEventType t, Object e, Address a,
      ReceivableService s, int flags) {}

  @Override
  public void activityEnded(ActivityHandle handle) {}

  @Override
  public void activityUnreferenced(ActivityHandle handle) {}
}
