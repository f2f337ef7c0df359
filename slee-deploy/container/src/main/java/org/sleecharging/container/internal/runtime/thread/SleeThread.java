package org.sleecharging.container.internal.runtime.thread;

/**
 * A thread of the SLEE's event pool. It keeps the values of {@link SleeThreadLocal}s in a plain
 * array: the transaction and SBB frame lookups done several times per event are then a field read
 * instead of a {@code ThreadLocal} hash probe.
 */
public final class SleeThread extends Thread {
  private Object[] slots = new Object[4];

  public SleeThread(Runnable task, String name) {
    super(task, name);
  }

  Object slot(int index) {
    return index < slots.length ? slots[index] : null;
  }

  void slot(int index, Object value) {
    if (index >= slots.length) {
      slots = java.util.Arrays.copyOf(slots, Math.max(index + 1, slots.length * 2));
    }
    slots[index] = value;
  }
}
