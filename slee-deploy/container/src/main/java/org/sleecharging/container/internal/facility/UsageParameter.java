package org.sleecharging.container.internal.facility;

import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import javax.slee.usage.SampleStatistics;

/** One usage parameter's value; updates are lock-free and cheap under contention. */
abstract sealed class UsageParameter permits UsageParameter.Counter, UsageParameter.Sample {

  abstract UsageKind kind();

  abstract void update(long value);

  /** A {@code Long} for a counter, a {@link SampleStatistics} for a sample. */
  abstract Object value();

  abstract void reset();

  static UsageParameter of(UsageKind kind) {
    return kind == UsageKind.COUNTER ? new Counter() : new Sample();
  }

  static final class Counter extends UsageParameter {
    private final LongAdder sum = new LongAdder();

    @Override
    UsageKind kind() {
      return UsageKind.COUNTER;
    }

    @Override
    void update(long value) {
      sum.add(value);
    }

    @Override
    Object value() {
      return sum.sum();
    }

    @Override
    void reset() {
      sum.reset();
    }
  }

  /**
   * Sample statistics. A read racing with updates may combine slightly different moments; the
   * statistics are for monitoring, not accounting.
   */
  static final class Sample extends UsageParameter {
    private final LongAdder count = new LongAdder();
    private final LongAdder sum = new LongAdder();
    private final LongAccumulator min = new LongAccumulator(Math::min, Long.MAX_VALUE);
    private final LongAccumulator max = new LongAccumulator(Math::max, Long.MIN_VALUE);

    @Override
    UsageKind kind() {
      return UsageKind.SAMPLE;
    }

    @Override
    void update(long value) {
      min.accumulate(value);
      max.accumulate(value);
      sum.add(value);
      count.increment();
    }

    @Override
    Object value() {
      long n = count.sum();
      if (n == 0) {
        return new SampleStatistics();
      }
      return new SampleStatistics(n, min.get(), max.get(), (double) sum.sum() / n);
    }

    @Override
    void reset() {
      count.reset();
      sum.reset();
      min.reset();
      max.reset();
    }
  }
}
