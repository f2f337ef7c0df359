package org.sleecharging.container.testdu.ra;

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
import org.sleecharging.container.testdu.event.PingEvent;
import org.sleecharging.container.testdu.ratype.PingActivity;
import org.sleecharging.container.testdu.ratype.PingProvider;

/**
 * Test RA. Tests drive it through {@link Function} (a JDK type, so it crosses the DU class loader
 * boundary): {@code "start A"}, {@code "fire A key command"}, {@code "end A"}, {@code "reports"},
 * {@code "calls"}, {@code "activities"}, {@code "reportCount"}, {@code "quiet"} (count reports,
 * keep no lines: for benchmarks), {@code "invokingService"} (asked now, from the test's thread),
 * {@code "lastReportInvokingService"} (asked by the last SBB call of the provider).
 */
public class PingResourceAdaptor implements ResourceAdaptor, Function<String, String> {

  private static final EventTypeID PING =
      new EventTypeID("PingEvent", "org.sleecharging.test", "1.0");

  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final List<String> reports = new CopyOnWriteArrayList<>();
  private final java.util.concurrent.atomic.AtomicInteger reportCount =
      new java.util.concurrent.atomic.AtomicInteger();
  private volatile boolean quiet;
  private volatile Object lastInvokingService;
  private final Map<String, PingActivityHandle> activities = new ConcurrentHashMap<>();
  private ResourceAdaptorContext context;
  private FireableEventType pingType;
  private String greeting;

  private final PingProvider provider = new PingProvider() {
    @Override
    public void report(String line) {
      lastInvokingService = context.getInvokingService();
      reportCount.incrementAndGet();
      if (!quiet) {
        reports.add(line);
      }
    }

    @Override
    public PingActivity startActivity(String name) {
      return start(name);
    }
  };

  @Override
  public String apply(String command) {
    String[] p = command.split(" ", 4);
    switch (p[0]) {
      case "start":
        start(p[1]);
        return "ok";
      case "fire":
        fire(p[1], new PingEvent(p[2], p[3]));
        return "ok";
      case "end":
        context.getSleeEndpoint().endActivity(handle(p[1]));
        return "ok";
      case "reports":
        return String.join("\n", reports);
      case "reportCount":
        return Integer.toString(reportCount.get());
      case "quiet":
        quiet = true;
        return "ok";
      case "calls":
        return String.join(",", calls);
      case "activities":
        return String.join(",", activities.keySet());
      case "greeting":
        return greeting;
      case "invokingService":
        return String.valueOf(context.getInvokingService());
      case "lastReportInvokingService":
        return String.valueOf(lastInvokingService);
      default:
        throw new IllegalArgumentException("unknown test RA command: " + command);
    }
  }

  private PingActivityHandle start(String name) {
    PingActivityHandle h = new PingActivityHandle(name);
    activities.put(name, h);
    try {
      context.getSleeEndpoint().startActivity(h, h, ActivityFlags.REQUEST_ENDED_CALLBACK);
    } catch (javax.slee.resource.StartActivityException e) {
      activities.remove(name);
      throw new IllegalStateException("start of activity " + name + " refused", e);
    }
    return h;
  }

  private void fire(String activity, PingEvent event) {
    try {
      context.getSleeEndpoint().fireEvent(handle(activity), pingType, event, (Address) null, null,
          EventFlags.NO_FLAGS);
    } catch (Exception e) {
      throw new IllegalStateException("fire on " + activity + " failed", e);
    }
  }

  private PingActivityHandle handle(String name) {
    PingActivityHandle h = activities.get(name);
    if (h == null) {
      throw new IllegalArgumentException("no activity " + name);
    }
    return h;
  }

  @Override
  public void setResourceAdaptorContext(ResourceAdaptorContext ctx) {
    calls.add("setResourceAdaptorContext");
    this.context = ctx;
    try {
      pingType = ctx.getEventLookupFacility().getFireableEventType(PING);
    } catch (Exception e) {
      throw new IllegalStateException("event type lookup failed", e);
    }
  }

  @Override
  public void unsetResourceAdaptorContext() {
    calls.add("unsetResourceAdaptorContext");
  }

  @Override
  public void raConfigure(ConfigProperties properties) {
    calls.add("raConfigure");
    greeting = (String) properties.getProperty("greeting").getValue();
  }

  @Override
  public void raUnconfigure() {
    calls.add("raUnconfigure");
  }

  @Override
  public void raActive() {
    calls.add("raActive");
  }

  @Override
  public void raStopping() {
    calls.add("raStopping");
  }

  @Override
  public void raInactive() {
    calls.add("raInactive");
  }

  @Override
  public void raVerifyConfiguration(ConfigProperties properties)
      throws InvalidConfigurationException {
    calls.add("raVerifyConfiguration");
    Object greet = properties.getProperty("greeting").getValue();
    if (greet == null || greet.toString().isEmpty()) {
      throw new InvalidConfigurationException("greeting must not be empty");
    }
  }

  @Override
  public void raConfigurationUpdate(ConfigProperties properties) {
    calls.add("raConfigurationUpdate");
    greeting = (String) properties.getProperty("greeting").getValue();
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
  public void serviceActive(ReceivableService service) {
    calls.add("serviceActive");
  }

  @Override
  public void serviceStopping(ReceivableService service) {
    calls.add("serviceStopping");
  }

  @Override
  public void serviceInactive(ReceivableService service) {
    calls.add("serviceInactive");
  }

  @Override
  public void queryLiveness(ActivityHandle handle) {}

  @Override
  public Object getActivity(ActivityHandle handle) {
    return activities.get(((PingActivityHandle) handle).getName());
  }

  @Override
  public ActivityHandle getActivityHandle(Object activity) {
    if (!(activity instanceof PingActivityHandle)) {
      return null;
    }
    PingActivityHandle h = (PingActivityHandle) activity;
    return activities.containsKey(h.getName()) ? h : null;
  }

  @Override
  public void administrativeRemove(ActivityHandle handle) {
    activities.remove(((PingActivityHandle) handle).getName());
  }

  @Override
  public void eventProcessingSuccessful(ActivityHandle h, FireableEventType t, Object e, Address a,
      ReceivableService s, int flags) {}

  @Override
  public void eventProcessingFailed(ActivityHandle h, FireableEventType t, Object e, Address a,
      ReceivableService s, int flags, FailureReason reason) {}

  @Override
  public void eventUnreferenced(ActivityHandle h, FireableEventType t, Object e, Address a,
      ReceivableService s, int flags) {}

  @Override
  public void activityEnded(ActivityHandle handle) {
    activities.remove(((PingActivityHandle) handle).getName());
    reports.add("activityEnded " + ((PingActivityHandle) handle).getName());
  }

  @Override
  public void activityUnreferenced(ActivityHandle handle) {}
}
