package org.sleecharging.container.internal.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.slee.facilities.AlarmFacility;
import javax.slee.facilities.AlarmLevel;
import javax.slee.management.Alarm;
import javax.slee.management.ResourceAdaptorEntityNotification;
import org.junit.jupiter.api.Test;

class AlarmFacilityTest {

  private final SleeNotificationFacilities facilities = new SleeNotificationFacilities();
  private final ResourceAdaptorEntityNotification ra1 =
      new ResourceAdaptorEntityNotification("ra1");
  private final ResourceAdaptorEntityNotification ra2 =
      new ResourceAdaptorEntityNotification("ra2");
  private final AlarmFacility alarms = facilities.alarmFacility(ra1);

  @Test
  void raisingTheSameAlarmAgainReturnsItsId() {
    String first = alarms.raiseAlarm("ocs", "peer1", AlarmLevel.MAJOR, "down");
    String again = alarms.raiseAlarm("ocs", "peer1", AlarmLevel.CRITICAL, "still down");
    String other = alarms.raiseAlarm("ocs", "peer2", AlarmLevel.MINOR, "slow");

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(facilities.raisedAlarms())
        .extracting(Alarm::getAlarmID)
        .containsExactly(first, other);
    Alarm alarm = facilities.raisedAlarms().get(0);
    assertThat(alarm.getAlarmLevel()).isEqualTo(AlarmLevel.MAJOR);
    assertThat(alarm.getMessage()).isEqualTo("down");
    assertThat(alarm.getNotificationSource()).isEqualTo(ra1);
  }

  @Test
  void sameTypeAndInstanceFromAnotherSourceIsAnotherAlarm() {
    String mine = alarms.raiseAlarm("ocs", "peer1", AlarmLevel.MAJOR, "down");
    String theirs =
        facilities.alarmFacility(ra2).raiseAlarm("ocs", "peer1", AlarmLevel.MAJOR, "down");

    assertThat(theirs).isNotEqualTo(mine);
    assertThat(alarms.clearAlarm(theirs)).as("a source clears only its own alarms").isFalse();
    assertThat(facilities.raisedAlarms(ra2)).hasSize(1);
  }

  @Test
  void clearById() {
    String id =
        alarms.raiseAlarm("ocs", "peer1", AlarmLevel.MAJOR, "down", new RuntimeException("x"));

    assertThat(alarms.clearAlarm(id)).isTrue();
    assertThat(alarms.clearAlarm(id)).isFalse();
    assertThat(facilities.raisedAlarms()).isEmpty();
    assertThat(alarms.raiseAlarm("ocs", "peer1", AlarmLevel.MAJOR, "down")).isNotEqualTo(id);
  }

  @Test
  void clearByTypeAndAll() {
    alarms.raiseAlarm("ocs", "peer1", AlarmLevel.MAJOR, "down");
    alarms.raiseAlarm("ocs", "peer2", AlarmLevel.MAJOR, "down");
    alarms.raiseAlarm("config", "file", AlarmLevel.WARNING, "odd");
    facilities.alarmFacility(ra2).raiseAlarm("ocs", "peer1", AlarmLevel.MAJOR, "down");

    assertThat(alarms.clearAlarms("ocs")).isEqualTo(2);
    assertThat(alarms.clearAlarms("ocs")).isZero();
    assertThat(alarms.clearAlarms()).isEqualTo(1);
    assertThat(facilities.raisedAlarms())
        .extracting(Alarm::getNotificationSource)
        .containsExactly(ra2);
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> alarms.raiseAlarm("ocs", "p", AlarmLevel.CLEAR, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CLEAR");
    assertThatThrownBy(() -> alarms.raiseAlarm(null, "p", AlarmLevel.MAJOR, "m"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> alarms.raiseAlarm("ocs", "p", AlarmLevel.MAJOR, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> alarms.clearAlarm(null)).isInstanceOf(NullPointerException.class);
    assertThat(facilities.raisedAlarms()).isEmpty();
  }

  @Test
  void raisedAlarmsViewIsImmutable() {
    alarms.raiseAlarm("ocs", "peer1", AlarmLevel.MAJOR, "down");

    assertThatThrownBy(() -> facilities.raisedAlarms().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
