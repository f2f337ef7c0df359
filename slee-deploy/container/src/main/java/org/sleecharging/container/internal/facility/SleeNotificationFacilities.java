package org.sleecharging.container.internal.facility;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.slee.facilities.AlarmFacility;
import javax.slee.facilities.TraceLevel;
import javax.slee.facilities.Tracer;
import javax.slee.management.Alarm;
import javax.slee.management.NotificationSource;
import org.sleecharging.container.internal.spi.NotificationFacilities;

/**
 * Tracers (JSLEE 1.1 ch. 13) and alarm facilities of every notification source of one container,
 * with the management side: trace levels per source and tracer, and the raised alarms. Thread-safe.
 */
public final class SleeNotificationFacilities implements NotificationFacilities {

  private record TracerKey(NotificationSource source, String name) {}

  private final TraceLevels levels;
  private final AlarmRegistry alarms = new AlarmRegistry();
  private final Map<TracerKey, Tracer> tracers = new ConcurrentHashMap<>();
  private final Map<NotificationSource, AlarmFacility> alarmFacilities = new ConcurrentHashMap<>();

  /** Root tracers trace at INFO unless management sets another level. */
  public SleeNotificationFacilities() {
    this(TraceLevel.INFO);
  }

  public SleeNotificationFacilities(TraceLevel rootDefault) {
    this.levels = new TraceLevels(rootDefault);
  }

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the tracer name is malformed (JSLEE 1.1 ch. 13)
   */
  @Override
  public Tracer tracer(NotificationSource source, String tracerName) {
    Objects.requireNonNull(source, "source");
    String name = TracerNames.validate(tracerName);
    return tracers.computeIfAbsent(
        new TracerKey(source, name), k -> new SleeTracer(source, name, levels));
  }

  @Override
  public AlarmFacility alarmFacility(NotificationSource source) {
    Objects.requireNonNull(source, "source");
    return alarmFacilities.computeIfAbsent(source, s -> new SleeAlarmFacility(s, alarms));
  }

  /** TraceMBean.setTraceLevel: the tracer and its descendants without own level use this level. */
  public void setTraceLevel(NotificationSource source, String tracerName, TraceLevel level) {
    Objects.requireNonNull(source, "source");
    levels.set(source, tracerName, level);
  }

  /** TraceMBean.unsetTraceLevel: the tracer inherits again from its parent. */
  public void unsetTraceLevel(NotificationSource source, String tracerName) {
    Objects.requireNonNull(source, "source");
    levels.unset(source, tracerName);
  }

  public TraceLevel getTraceLevel(NotificationSource source, String tracerName) {
    Objects.requireNonNull(source, "source");
    return levels.effective(source, TracerNames.validate(tracerName));
  }

  /** Every raised alarm of the container, oldest first (AlarmMBean view). */
  public List<Alarm> raisedAlarms() {
    return alarms.raised();
  }

  public List<Alarm> raisedAlarms(NotificationSource source) {
    return alarms.raised().stream().filter(a -> a.getNotificationSource().equals(source)).toList();
  }
}
