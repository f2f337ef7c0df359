package org.sleecharging.container.internal.runtime.sbb;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.slee.SbbID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What CMP by-value semantics cost per set + get of one field ({@link CmpValues}): an immutable
 * value (stored as is) against a small list, a small value object and a table of two records
 * shaped like the charging manager's state (serialized on set, deserialized on get); the table
 * also through plain Java serialization (class descriptors by name and field list), the baseline
 * of the numbered descriptors CmpValues writes.
 *
 * <p>Run: {@code mvn -pl slee-deploy/container -Pbench test-compile exec:exec
 * -Dbench.args="CmpCopyBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CmpCopyBenchmark {
  private static final SbbID SBB = new SbbID("Bench", "org.sleecharging.bench", "1.0");

  /** Shaped like charging state kept in CMP: amount, currency, counters, state name. */
  record Books(BigDecimal reserved, String currency, long requestNumber, int checks, String state)
      implements Serializable {}

  private final String text = "charging-instance-1";
  private final ArrayList<String> list = new ArrayList<>(List.of("a", "bb", "ccc"));
  private final Books books = new Books(new BigDecimal("12.34"), "EUR", 42, 3, "MID");

  enum Kind { RESERVATION, IMMEDIATE }

  /** Shaped like one charging instance: name, kind, books, volumes, counters. */
  record Instance(String name, Kind kind, TimeUnit unit, Books books, List<Long> granted, long[] counters)
      implements Serializable {}

  private final ArrayList<Instance> table = new ArrayList<>(List.of(
      new Instance("call", Kind.RESERVATION, TimeUnit.SECONDS, books, List.of(60L, 30L), new long[] {1, 2, 3}),
      new Instance("sms", Kind.IMMEDIATE, TimeUnit.SECONDS, books, List.of(1L), new long[] {4, 5, 6})));

  @Benchmark
  public Object immutableString() {
    return CmpValues.value(CmpValues.stored(text, "f", SBB), "f", SBB);
  }

  @Benchmark
  public Object listOfThreeStrings() {
    return CmpValues.value(CmpValues.stored(list, "f", SBB), "f", SBB);
  }

  @Benchmark
  public Object tableOfTwoInstances() {
    return CmpValues.value(CmpValues.stored(table, "f", SBB), "f", SBB);
  }

  @Benchmark
  public Object tableOfTwoInstancesPlainJavaSerialization() throws IOException, ClassNotFoundException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (ObjectOutputStream o = new ObjectOutputStream(out)) {
      o.writeObject(table);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      return in.readObject();
    }
  }

  @Benchmark
  public Object valueObjectOfFiveFields() {
    return CmpValues.value(CmpValues.stored(books, "f", SBB), "f", SBB);
  }
}
