package org.sleecharging.container.internal.model;

/** A {@code get-child-relation-method}: the abstract method returning the relation to an SBB alias. */
public record ChildRelationDescriptor(String sbbAliasRef, String methodName, byte defaultPriority) {}
