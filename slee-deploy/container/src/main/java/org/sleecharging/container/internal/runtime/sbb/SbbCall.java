package org.sleecharging.container.internal.runtime.sbb;

/** SBB code run on an SBB object. */
@FunctionalInterface
interface SbbCall<T> {
  T run(SbbObject object) throws Exception;

  /** Code run in an SBB's frame. */
  @FunctionalInterface
  interface Body<T> {
    T run() throws Exception;
  }
}
