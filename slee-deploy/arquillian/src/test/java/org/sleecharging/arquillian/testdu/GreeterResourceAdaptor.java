package org.sleecharging.arquillian.testdu;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.slee.Address;
import javax.slee.EventTypeID;
import javax.slee.resource.ActivityFlags;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.EventFlags;
import javax.slee.resource.FailureReason;
import javax.slee.resource.FireableEventType;
import javax.slee.resource.InvalidConfigurationException;
import javax.slee.resource.Marshaler;
import javax.slee.resource.ReceivableService;
import javax.slee.resource.ResourceAdaptor;
import javax.slee.resource.ResourceAdaptorContext;

/**
 * Test RA. Config properties {@code greeting} (String) and {@code repeat} (Integer). Tests drive it
 * through {@link Function} (a JDK type, so it crosses the DU class loader): {@code "greet A
 * name"} fires a {@link Greeting} on activity A, {@code "end A"} ends it, {@code "lines"} returns
 * what SBBs recorded, {@code "greeting"} and {@code "repeat"} the configuration.
 */
public class GreeterResourceAdaptor implements ResourceAdaptor, Function<String, String> {
  private static final EventTypeID GREETING =
      new EventTypeID("Greeting", "org.sleecharging.test", "1.0");

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Map<String, GreetingHandle> activities = new ConcurrentHashMap<>();
  private ResourceAdaptorContext context;
  private FireableEventType greetingType;
  private volatile String greeting;
  private volatile int repeat;

  private final GreeterProvider provider = name -> {
    for (int i = 0; i < repeat; i++) {
      lines.add(greeting + " " + name);
    }
  };

  @Override
  public String apply(String command) {
    String[] p = command.split(" ");
    switch (p[0]) {
      case "greet":
        fire(activity(p[1]), new Greeting(p[2]));
        return "ok";
      case "end":
        context.getSleeEndpoint().endActivity(activities.get(p[1]));
        return "ok";
      case "lines":
        return String.join("\n", lines);
      case "greeting":
        return greeting;
      case "repeat":
        return Integer.toString(repeat);
      default:
        throw new IllegalArgumentException("unknown test RA command: " + command);
    }
  }

  private GreetingHandle activity(String name) {
    return activities.computeIfAbsent(name, n -> {
      GreetingHandle h = new GreetingHandle(n);
      try {
        context.getSleeEndpoint().startActivity(h, h, ActivityFlags.REQUEST_ENDED_CALLBACK);
      } catch (javax.slee.resource.StartActivityException e) {
        throw new IllegalStateException("start of activity " + n + " refused", e);
      }
      return h;
    });
  }

  private void fire(GreetingHandle handle, Greeting event) {
    try {
      context.getSleeEndpoint().fireEvent(handle, greetingType, event, (Address) null, null,
          EventFlags.NO_FLAGS);
    } catch (javax.slee.resource.FireEventException
        | javax.slee.resource.ActivityIsEndingException
        | javax.slee.resource.UnrecognizedActivityHandleException e) {
      throw new IllegalStateException("fire on " + handle + " failed", e);
    }
  }

  @Override
  public void setResourceAdaptorContext(ResourceAdaptorContext context) {
    this.context = context;
    try {
      greetingType = context.getEventLookupFacility().getFireableEventType(GREETING);
    } catch (javax.slee.UnrecognizedEventException e) {
      throw new IllegalStateException("event type " + GREETING + " unknown", e);
    }
  }

  @Override
  public void unsetResourceAdaptorContext() {
    context = null;
  }

  @Override
  public void raConfigure(ConfigProperties properties) {
    greeting = (String) properties.getProperty("greeting").getValue();
    repeat = (Integer) properties.getProperty("repeat").getValue();
  }

  @Override
  public void raUnconfigure() {}

  @Override
  public void raActive() {}

  @Override
  public void raStopping() {
    activities.values().forEach(h -> context.getSleeEndpoint().endActivity(h));
  }

  @Override
  public void raInactive() {}

  @Override
  public void raVerifyConfiguration(ConfigProperties properties)
      throws InvalidConfigurationException {
    ConfigProperties.Property r = properties.getProperty("repeat");
    if (r == null || !(r.getValue() instanceof Integer) || (Integer) r.getValue() < 1) {
      throw new InvalidConfigurationException("repeat must be an Integer >= 1, was " + r);
    }
  }

  @Override
  public void raConfigurationUpdate(ConfigProperties properties) {
    raConfigure(properties);
  }

  @Override
  public Object getResourceAdaptorInterface(String className) {
    return provider;
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
    return handle;
  }

  @Override
  public ActivityHandle getActivityHandle(Object activity) {
    return activity instanceof GreetingHandle h ? h : null;
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
      Address address, ReceivableService service, int flags, FailureReason reason) {}

  @Override
  public void eventUnreferenced(ActivityHandle handle, FireableEventType type, Object event,
      Address address, ReceivableService service, int flags) {}

  @Override
  public void activityEnded(ActivityHandle handle) {
    activities.values().remove(handle);
  }

  @Override
  public void activityUnreferenced(ActivityHandle handle) {}
}
