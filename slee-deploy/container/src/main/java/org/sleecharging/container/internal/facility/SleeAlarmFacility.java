package org.sleecharging.container.internal.facility;

import java.util.Objects;
import javax.slee.ComponentID;
import javax.slee.facilities.AlarmFacility;
import javax.slee.facilities.AlarmLevel;
import javax.slee.facilities.Level;
import javax.slee.management.NotificationSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The alarm facility of one notification source, over the container's {@link AlarmRegistry}. */
final class SleeAlarmFacility implements AlarmFacility {

  private final NotificationSource source;
  private final AlarmRegistry registry;

  SleeAlarmFacility(NotificationSource source, AlarmRegistry registry) {
    this.source = source;
    this.registry = registry;
  }

  @Override
  public String raiseAlarm(String alarmType, String instanceID, AlarmLevel level, String message) {
    return registry.raise(source, alarmType, instanceID, level, message, null);
  }

  @Override
  public String raiseAlarm(
      String alarmType, String instanceID, AlarmLevel level, String message, Throwable cause) {
    return registry.raise(source, alarmType, instanceID, level, message, cause);
  }

  @Override
  public boolean clearAlarm(String alarmID) {
    return registry.clear(source, alarmID);
  }

  @Override
  public int clearAlarms(String alarmType) {
    return registry.clearType(source, alarmType);
  }

  @Override
  public int clearAlarms() {
    return registry.clearAll(source);
  }

  /**
   * The deprecated JSLEE 1.0 stateless alarm: a notification only, so it is logged and not kept
   * (JSLEE 1.1 ch. 13).
   */
  @Override
  public void createAlarm(
      ComponentID alarmSource, Level level, String alarmType, String message, long timestamp) {
    createAlarm(alarmSource, level, alarmType, message, null, timestamp);
  }

  @Override
  public void createAlarm(
      ComponentID alarmSource,
      Level level,
      String alarmType,
      String message,
      Throwable cause,
      long timestamp) {
    Objects.requireNonNull(alarmSource, "alarmSource");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(alarmType, "alarmType");
    Objects.requireNonNull(message, "message");
    if (level.isOff()) {
      throw new IllegalArgumentException("a 1.0 alarm cannot have level OFF: " + alarmType);
    }
    Logger log = LoggerFactory.getLogger("slee.alarm." + TracerNames.sourceName(source));
    log.warn(
        "stateless alarm from {} {} type={}: {}", alarmSource, level, alarmType, message, cause);
  }
}
