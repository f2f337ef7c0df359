/**
 * The seams between the container's internal parts. The deployer ({@code internal.deploy})
 * implements {@link org.sleecharging.container.internal.spi.ComponentRepository}; the resource
 * adaptor side ({@code internal.ra}) implements {@link
 * org.sleecharging.container.internal.spi.RaEntityDirectory}, {@link
 * org.sleecharging.container.internal.spi.NotificationFacilities} and {@link
 * org.sleecharging.container.internal.spi.UsageParameterSets}; the activity, event-routing and SBB
 * runtime ({@code internal.runtime} and below) implements {@link
 * org.sleecharging.container.internal.spi.ActivityManager}. {@code internal.kernel} wires them.
 */
package org.sleecharging.container.internal.spi;
