package org.sleecharging.container.internal.facility;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.slee.facilities.TraceLevel;
import javax.slee.management.NotificationSource;

/**
 * Trace levels set by management per (notification source, tracer name). A tracer without a level
 * of its own inherits its nearest ancestor's; the root tracer defaults to INFO (JSLEE 1.1 ch. 13).
 */
final class TraceLevels {

  private record Key(NotificationSource source, String tracerName) {}

  private final Map<Key, TraceLevel> levels = new ConcurrentHashMap<>();
  private final TraceLevel rootDefault;

  TraceLevels(TraceLevel rootDefault) {
    this.rootDefault = Objects.requireNonNull(rootDefault, "rootDefault");
  }

  void set(NotificationSource source, String tracerName, TraceLevel level) {
    levels.put(new Key(source, TracerNames.validate(tracerName)), Objects.requireNonNull(level));
  }

  /** Removes the tracer's own level; the root tracer falls back to the default. */
  void unset(NotificationSource source, String tracerName) {
    levels.remove(new Key(source, TracerNames.validate(tracerName)));
  }

  TraceLevel effective(NotificationSource source, String tracerName) {
    for (String name = tracerName; name != null; name = TracerNames.parent(name)) {
      TraceLevel level = levels.get(new Key(source, name));
      if (level != null) {
        return level;
      }
    }
    return rootDefault;
  }
}
