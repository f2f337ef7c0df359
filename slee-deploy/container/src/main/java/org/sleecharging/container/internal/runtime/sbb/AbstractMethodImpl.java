package org.sleecharging.container.internal.runtime.sbb;

/** The container's implementation of one abstract method of an SBB abstract class. */
@FunctionalInterface
interface AbstractMethodImpl {
  Object invoke(SbbObject object, Object[] args) throws Throwable;
}
