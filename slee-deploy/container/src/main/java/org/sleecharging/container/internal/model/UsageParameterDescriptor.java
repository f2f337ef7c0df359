package org.sleecharging.container.internal.model;

/** A {@code usage-parameter} element of a usage parameters interface declaration. */
public record UsageParameterDescriptor(String name, boolean notificationsEnabled) {}
