/**
 * The charging manager's API for feature SBBs: the {@link org.sleecharging.manager.ChargingManager}
 * local interface, charging-instance handles, their value types and exceptions. The events it
 * fires are in {@code org.sleecharging.events.manager}. Everything under {@code .internal} and
 * {@code .sbb} is implementation.
 */
package org.sleecharging.manager;
