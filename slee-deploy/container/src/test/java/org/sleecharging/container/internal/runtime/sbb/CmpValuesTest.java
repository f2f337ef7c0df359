package org.sleecharging.container.internal.runtime.sbb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.slee.SbbID;
import org.junit.jupiter.api.Test;

/** Copies of CMP values with numbered class descriptors: equal, independent, any class graph. */
class CmpValuesTest {
  private static final SbbID SBB = new SbbID("Test", "org.sleecharging.test", "1.0");

  enum Phase { INITIAL, MID }

  record Line(String name, Phase phase, BigDecimal amount, long[] counters) implements Serializable {}

  static class Base implements Serializable {
    int inherited = 7;
  }

  static final class Table extends Base {
    final List<Line> lines = new ArrayList<>();
    final Map<String, TimeUnit> units = new HashMap<>();
    Table self;
  }

  private static Object copy(Object value) {
    return CmpValues.value(CmpValues.stored(value, "f", SBB), "f", SBB);
  }

  @Test
  void aGraphOfSeveralClassesComesBackEqualAndIndependent() {
    Table table = new Table();
    table.lines.add(new Line("call", Phase.MID, new BigDecimal("12.345"), new long[] {1, 2}));
    table.units.put("time", TimeUnit.SECONDS);
    table.self = table;
    table.inherited = 9;
    Object stored = CmpValues.stored(table, "f", SBB);
    table.lines.clear();

    Table first = (Table) CmpValues.value(stored, "f", SBB);
    first.lines.get(0).counters()[0] = 99;
    Table second = (Table) CmpValues.value(stored, "f", SBB);

    assertThat(second).isNotSameAs(first);
    assertThat(second.self).as("shared references stay shared").isSameAs(second);
    assertThat(second.inherited).isEqualTo(9);
    assertThat(second.units).containsEntry("time", TimeUnit.SECONDS);
    assertThat(second.lines).singleElement().satisfies(line -> {
      assertThat(line.name()).isEqualTo("call");
      assertThat(line.phase()).isSameAs(Phase.MID);
      assertThat(line.amount()).isEqualByComparingTo("12.345");
      assertThat(line.counters()).containsExactly(1, 2);
    });
  }

  @Test
  void valuesOfUnrelatedFieldsAndClassesDoNotMix() {
    assertThat(copy(new ArrayList<>(List.of(new Line("a", Phase.INITIAL, BigDecimal.ONE, new long[0])))))
        .asList().singleElement().extracting(l -> ((Line) l).phase()).isEqualTo(Phase.INITIAL);
    assertThat(copy(new HashMap<>(Map.of(1, "one")))).isEqualTo(Map.of(1, "one"));
    assertThat(copy(new int[] {3, 4})).isEqualTo(new int[] {3, 4});
  }

  @Test
  void classNumbersAreStableAndUnknownNumbersAreRefused() throws IOException {
    int number = ClassNumbers.numberOf(Line.class);

    assertThat(ClassNumbers.numberOf(Line.class)).isEqualTo(number);
    assertThat(ClassNumbers.classOf(number)).isSameAs(Line.class);
    assertThat(ClassNumbers.numberOf(Table.class)).isNotEqualTo(number);
    assertThatThrownBy(() -> ClassNumbers.classOf(-1)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> ClassNumbers.classOf(Integer.MAX_VALUE)).isInstanceOf(IOException.class)
        .hasMessageContaining("no class numbered");
  }
}
