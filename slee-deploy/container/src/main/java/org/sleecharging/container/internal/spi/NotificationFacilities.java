package org.sleecharging.container.internal.spi;

import javax.slee.facilities.AlarmFacility;
import javax.slee.facilities.Tracer;
import javax.slee.management.NotificationSource;

/**
 * Tracers and alarm facilities per notification source (an RA entity, an SBB in a service, a
 * subsystem). Tracers log through slf4j under {@code slee.<source>.<tracerName>}; alarms are kept
 * as raised/cleared state that management and tests can read.
 */
public interface NotificationFacilities {

  Tracer tracer(NotificationSource source, String tracerName);

  AlarmFacility alarmFacility(NotificationSource source);
}
