package org.sleecharging.netsim.internal;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.slee.EventTypeID;
import javax.slee.facilities.EventLookupFacility;
import javax.slee.facilities.Tracer;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.FireableEventType;
import javax.slee.resource.ResourceAdaptorContext;
import javax.slee.resource.SleeEndpoint;

/**
 * A recording fake of the parts of {@link ResourceAdaptorContext} the simulator RA uses: the SLEE
 * endpoint (start, fire, end are recorded as lines and objects), the event lookup facility
 * (knows every event type unless told to forget one) and a tracer. Other calls throw.
 */
final class FakeRaContext {
  final List<String> calls = new CopyOnWriteArrayList<>();
  final List<Object> startedActivities = new CopyOnWriteArrayList<>();
  final List<Object> firedEvents = new CopyOnWriteArrayList<>();
  final List<String> traces = new CopyOnWriteArrayList<>();
  private final EventTypeID unknown;

  FakeRaContext() {
    this(null);
  }

  /** A context whose lookup facility does not know {@code unknown}. */
  FakeRaContext(EventTypeID unknown) {
    this.unknown = unknown;
  }

  ResourceAdaptorContext context() {
    SleeEndpoint endpoint = proxy(SleeEndpoint.class, (m, args) -> {
      switch (m) {
        case "startActivity":
          calls.add("start " + args[0]);
          startedActivities.add(args[1]);
          return null;
        case "fireEvent":
          calls.add("fire " + ((FireableEventType) args[1]).getEventType().getName()
              .substring("org.sleecharging.netsim.".length()) + " " + args[0]);
          firedEvents.add(args[2]);
          return null;
        case "endActivity":
          calls.add("end " + args[0]);
          return null;
        default:
          throw new UnsupportedOperationException("fake endpoint: " + m);
      }
    });
    EventLookupFacility lookup = proxy(EventLookupFacility.class, (m, args) -> {
      EventTypeID id = (EventTypeID) args[0];
      if (id.equals(unknown)) {
        throw new javax.slee.UnrecognizedEventException("unknown " + id);
      }
      return fireable(id);
    });
    Tracer tracer = proxy(Tracer.class, (m, args) -> {
      traces.add(m + " " + (args == null ? "" : args[0]));
      return null;
    });
    return proxy(ResourceAdaptorContext.class, (m, args) -> {
      switch (m) {
        case "getSleeEndpoint":
          return endpoint;
        case "getEventLookupFacility":
          return lookup;
        case "getTracer":
          return tracer;
        default:
          throw new UnsupportedOperationException("fake context: " + m);
      }
    });
  }

  static String handle(ActivityHandle h) {
    return h.toString();
  }

  private static FireableEventType fireable(EventTypeID id) {
    return proxy(FireableEventType.class, (m, args) -> {
      switch (m) {
        case "getEventType":
          return id;
        case "getEventClassName":
          return "org.sleecharging.netsim.event." + id.getName().substring(24);
        default:
          throw new UnsupportedOperationException("fake event type: " + m);
      }
    });
  }

  interface Answer {
    Object answer(String method, Object[] args) throws Exception;
  }

  private static <T> T proxy(Class<T> type, Answer answer) {
    return type.cast(Proxy.newProxyInstance(FakeRaContext.class.getClassLoader(),
        new Class<?>[] {type}, (p, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            switch (method.getName()) {
              case "equals":
                return p == args[0];
              case "hashCode":
                return System.identityHashCode(p);
              default:
                return "fake " + type.getSimpleName();
            }
          }
          return answer.answer(method.getName(), args);
        }));
  }
}
