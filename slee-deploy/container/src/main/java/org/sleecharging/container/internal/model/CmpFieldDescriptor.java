package org.sleecharging.container.internal.model;

/**
 * A {@code cmp-field}; {@code sbbAliasRef} is set when the field holds an SbbLocalObject of the
 * aliased SBB, else null.
 */
public record CmpFieldDescriptor(String name, String sbbAliasRef) {}
