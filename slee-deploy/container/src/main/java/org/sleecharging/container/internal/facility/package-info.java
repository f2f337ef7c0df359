/**
 * Notification facilities (JSLEE 1.1 ch. 13: tracers over slf4j, stateful alarms) in {@link
 * org.sleecharging.container.internal.facility.SleeNotificationFacilities}, and usage parameter
 * sets (ch. 11) in {@link org.sleecharging.container.internal.facility.SleeUsageParameterSets}. One
 * instance of each per container; both also expose the management view (trace levels, raised
 * alarms, usage values) that tests and MBeans read.
 */
package org.sleecharging.container.internal.facility;
