package org.sleecharging.container.internal.model;

/** An {@code env-entry}, bound under {@code java:comp/env/<name>}. */
public record EnvEntryDescriptor(String name, String type, String value) {}
