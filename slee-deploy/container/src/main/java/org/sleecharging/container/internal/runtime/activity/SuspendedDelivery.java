package org.sleecharging.container.internal.runtime.activity;

/**
 * An event whose delivery an SBB suspended (EventContext.suspendDelivery, JSLEE 1.1 §8.6.3): the
 * event router's state of that delivery, kept by the activity context until it is resumed. While
 * it is held no other event of the activity is delivered.
 */
public interface SuspendedDelivery {}
