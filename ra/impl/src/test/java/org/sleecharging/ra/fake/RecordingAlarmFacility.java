package org.sleecharging.ra.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.slee.ComponentID;
import javax.slee.facilities.AlarmFacility;
import javax.slee.facilities.AlarmLevel;
import javax.slee.facilities.Level;

/** Active alarms by (type, instance) as JSLEE 1.1 §13.3 defines them: raising an active alarm again returns its id. */
public final class RecordingAlarmFacility implements AlarmFacility {

    public record Alarm(String id, String type, String instance, AlarmLevel level, String message) {}

    public final Map<String, Alarm> active = new LinkedHashMap<>();
    public final List<Alarm> raised = new ArrayList<>();
    public final List<Alarm> cleared = new ArrayList<>();
    private int counter;

    public synchronized Alarm activeAlarm(String type, String instance) {
        return active.values().stream().filter(a -> a.type().equals(type) && a.instance().equals(instance)).findFirst()
                .orElse(null);
    }

    @Override
    public synchronized String raiseAlarm(String type, String instance, AlarmLevel level, String message) {
        Alarm existing = activeAlarm(type, instance);
        if (existing != null) {
            return existing.id();
        }
        Alarm alarm = new Alarm("alarm-" + (++counter), type, instance, level, message);
        active.put(alarm.id(), alarm);
        raised.add(alarm);
        return alarm.id();
    }

    @Override
    public String raiseAlarm(String type, String instance, AlarmLevel level, String message, Throwable cause) {
        return raiseAlarm(type, instance, level, message);
    }

    @Override
    public synchronized boolean clearAlarm(String alarmId) {
        Alarm alarm = active.remove(alarmId);
        if (alarm != null) {
            cleared.add(alarm);
        }
        return alarm != null;
    }

    @Override
    public synchronized int clearAlarms(String type) {
        List<String> ids = active.values().stream().filter(a -> a.type().equals(type)).map(Alarm::id).toList();
        ids.forEach(this::clearAlarm);
        return ids.size();
    }

    @Override
    public synchronized int clearAlarms() {
        List<String> ids = new ArrayList<>(active.keySet());
        ids.forEach(this::clearAlarm);
        return ids.size();
    }

    @Override
    public void createAlarm(ComponentID component, Level level, String type, String message, long timestamp) {
        throw new UnsupportedOperationException("JAIN SLEE 1.0 alarms are not used by the charging RA");
    }

    @Override
    public void createAlarm(ComponentID component, Level level, String type, String message, Throwable cause,
            long timestamp) {
        throw new UnsupportedOperationException("JAIN SLEE 1.0 alarms are not used by the charging RA");
    }
}
