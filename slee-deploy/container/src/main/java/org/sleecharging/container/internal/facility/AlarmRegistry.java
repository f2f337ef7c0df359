package org.sleecharging.container.internal.facility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javax.slee.facilities.AlarmLevel;
import javax.slee.management.Alarm;
import javax.slee.management.NotificationSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The raised alarms of the whole container (JSLEE 1.1 ch. 13): stateful alarms identified by
 * (notification source, alarm type, instance id), each with a container-unique alarm id, kept until
 * cleared. Every raise and clear is logged under {@code slee.alarm.<source>}.
 */
final class AlarmRegistry {

  private record Key(NotificationSource source, String type, String instanceId) {}

  private final Map<Key, Alarm> raised = new LinkedHashMap<>();
  private final AtomicLong nextId = new AtomicLong(1);

  /** Raises the alarm or, if it is already raised, returns the id it has (JSLEE 1.1 ch. 13). */
  synchronized String raise(
      NotificationSource source,
      String type,
      String instanceId,
      AlarmLevel level,
      String message,
      Throwable cause) {
    Objects.requireNonNull(type, "alarmType");
    Objects.requireNonNull(instanceId, "instanceID");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
    if (level.isClear()) {
      throw new IllegalArgumentException(
          "an alarm cannot be raised at level CLEAR (JSLEE 1.1 ch. 13): "
              + type
              + "/"
              + instanceId);
    }
    Key key = new Key(source, type, instanceId);
    Alarm existing = raised.get(key);
    if (existing != null) {
      return existing.getAlarmID();
    }
    String id = "alarm-" + nextId.getAndIncrement();
    Alarm alarm =
        new Alarm(id, source, type, instanceId, level, message, cause, System.currentTimeMillis());
    raised.put(key, alarm);
    Logger log = log(source);
    Object[] args = {id, level, type, instanceId, message, cause};
    if (level.isCritical() || level.isMajor()) {
      log.error("alarm raised {} {} type={} instance={}: {}", args);
    } else {
      log.warn("alarm raised {} {} type={} instance={}: {}", args);
    }
    return id;
  }

  synchronized boolean clear(NotificationSource source, String alarmId) {
    Objects.requireNonNull(alarmId, "alarmID");
    return clearWhere(source, a -> a.getAlarmID().equals(alarmId)) > 0;
  }

  synchronized int clearType(NotificationSource source, String type) {
    Objects.requireNonNull(type, "alarmType");
    return clearWhere(source, a -> a.getAlarmType().equals(type));
  }

  synchronized int clearAll(NotificationSource source) {
    return clearWhere(source, a -> true);
  }

  private int clearWhere(NotificationSource source, Predicate<Alarm> which) {
    int cleared = 0;
    var it = raised.entrySet().iterator();
    while (it.hasNext()) {
      Alarm alarm = it.next().getValue();
      if (alarm.getNotificationSource().equals(source) && which.test(alarm)) {
        it.remove();
        cleared++;
        log(source)
            .info(
                "alarm cleared {} type={} instance={}",
                alarm.getAlarmID(),
                alarm.getAlarmType(),
                alarm.getInstanceID());
      }
    }
    return cleared;
  }

  /** The raised alarms, oldest first; an immutable snapshot. */
  synchronized List<Alarm> raised() {
    List<Alarm> list = new ArrayList<>(raised.values());
    list.sort(Comparator.comparing(Alarm::getTimestamp));
    return List.copyOf(list);
  }

  private static Logger log(NotificationSource source) {
    return LoggerFactory.getLogger("slee.alarm." + TracerNames.sourceName(source));
  }
}
