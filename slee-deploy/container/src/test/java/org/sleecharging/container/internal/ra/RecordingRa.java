package org.sleecharging.container.internal.ra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * A tiny RA for tests that records every lifecycle callback with the context class loader it ran
 * with. Its configuration drives its behaviour: {@code port <= 0} fails raVerifyConfiguration,
 * {@code failActive == true} makes raActive throw, {@code host == "fail-services"} makes
 * serviceActive throw.
 */
public class RecordingRa implements ResourceAdaptor {

  public static final String SBB_INTERFACE = RecordingRa.class.getName() + "$Provider";

  private final List<String> calls = new ArrayList<>();
  private final Map<String, ClassLoader> loaders = new ConcurrentHashMap<>();
  private final List<ReceivableService> services = new ArrayList<>();
  private volatile Runnable stoppingHook = () -> {};
  private ResourceAdaptorContext context;
  private ConfigProperties config;

  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  public synchronized List<ReceivableService> services() {
    return List.copyOf(services);
  }

  public ClassLoader loaderOf(String call) {
    return loaders.get(call);
  }

  public synchronized ResourceAdaptorContext context() {
    return context;
  }

  public synchronized ConfigProperties config() {
    return config;
  }

  protected synchronized void record(String call) {
    calls.add(call);
    loaders.put(call, Thread.currentThread().getContextClassLoader());
  }

  @Override
  public synchronized void setResourceAdaptorContext(ResourceAdaptorContext context) {
    record("setResourceAdaptorContext");
    this.context = context;
  }

  @Override
  public synchronized void unsetResourceAdaptorContext() {
    record("unsetResourceAdaptorContext");
    context = null;
  }

  @Override
  public void raConfigure(ConfigProperties properties) {
    record("raConfigure");
    synchronized (this) {
      config = properties;
    }
  }

  @Override
  public void raUnconfigure() {
    record("raUnconfigure");
  }

  @Override
  public void raActive() {
    record("raActive");
    if (Boolean.TRUE.equals(config().getProperty("failActive").getValue())) {
      throw new IllegalStateException("configured to fail raActive");
    }
  }

  /** Runs inside raStopping, e.g. to end activities synchronously as some RAs do. */
  public void onStopping(Runnable hook) {
    stoppingHook = hook;
  }

  @Override
  public void raStopping() {
    record("raStopping");
    stoppingHook.run();
  }

  @Override
  public void raInactive() {
    record("raInactive");
  }

  @Override
  public void raVerifyConfiguration(ConfigProperties properties)
      throws InvalidConfigurationException {
    record("raVerifyConfiguration");
    Integer port = (Integer) properties.getProperty("port").getValue();
    if (port <= 0) {
      throw new InvalidConfigurationException("port must be positive: " + port);
    }
  }

  @Override
  public void raConfigurationUpdate(ConfigProperties properties) {
    record("raConfigurationUpdate");
    synchronized (this) {
      config = properties;
    }
  }

  @Override
  public Object getResourceAdaptorInterface(String className) {
    return SBB_INTERFACE.equals(className) ? (Provider) () -> "provider of " + this : null;
  }

  /** The SBB interface of the test RA type. */
  public interface Provider {
    String name();
  }

  @Override
  public Marshaler getMarshaler() {
    return null;
  }

  @Override
  public synchronized void serviceActive(ReceivableService service) {
    record("serviceActive");
    if ("fail-services".equals(config.getProperty("host").getValue())) {
      throw new IllegalStateException("configured to fail serviceActive");
    }
    services.add(service);
  }

  @Override
  public synchronized void serviceStopping(ReceivableService service) {
    record("serviceStopping");
  }

  @Override
  public synchronized void serviceInactive(ReceivableService service) {
    record("serviceInactive");
  }

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
  public void eventProcessingSuccessful(
      ActivityHandle h, FireableEventType t, Object e, Address a, ReceivableService s, int flags) {}

  @Override
  public void eventProcessingFailed(
      ActivityHandle h,
      FireableEventType t,
      Object e,
      Address a,
      ReceivableService s,
      int flags,
      FailureReason reason) {}

  @Override
  public void eventUnreferenced(
      ActivityHandle h, FireableEventType t, Object e, Address a, ReceivableService s, int flags) {}

  @Override
  public void activityEnded(ActivityHandle handle) {}

  @Override
  public void activityUnreferenced(ActivityHandle handle) {}
}
