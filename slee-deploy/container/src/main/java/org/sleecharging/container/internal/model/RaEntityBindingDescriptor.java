package org.sleecharging.container.internal.model;

/**
 * A {@code resource-adaptor-entity-binding}: the RA entity's SBB interface bound at
 * java:comp/env/{@code objectName}, found through {@code linkName}.
 */
public record RaEntityBindingDescriptor(String objectName, String linkName) {}
