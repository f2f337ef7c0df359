package org.sleecharging.container.internal.runtime;

/** Runtime settings; {@code eventThreads} bounds the event router's pool (JSLEE 1.1 §8.2). */
public record RuntimeOptions(int eventThreads) {
  public RuntimeOptions {
    if (eventThreads < 1) {
      throw new IllegalArgumentException("eventThreads must be >= 1: " + eventThreads);
    }
  }

  /** Two event threads per available processor. */
  public static RuntimeOptions defaults() {
    return new RuntimeOptions(2 * Runtime.getRuntime().availableProcessors());
  }
}
