package org.sleecharging.container.internal.runtime.sbb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Externalizable;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ImmutableClassesTest {

  static final class Id implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final int number;

    Id(String id, int number) {
      this.id = id;
      this.number = number;
    }
  }

  static final class Pair implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Id first;
    private final Id second;
    private final BigDecimal amount;
    private final TimeUnit unit;

    Pair(Id first, Id second, BigDecimal amount, TimeUnit unit) {
      this.first = first;
      this.second = second;
      this.amount = amount;
      this.unit = unit;
    }
  }

  static final class Settable implements Serializable {
    private static final long serialVersionUID = 1L;
    private String id;
  }

  static class Open implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id = "x";
  }

  static final class WithArray implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int[] values = {1};
  }

  static final class WithList implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<String> values = List.of();
  }

  static final class WithTransient implements Serializable {
    private static final long serialVersionUID = 1L;
    private final transient String cached = "x";
  }

  static final class WithResolve implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id = "x";

    private Object readResolve() {
      return this;
    }
  }

  static final class Chain implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Chain next = null;
  }

  static final class NotSerializable {
    private final String id = "x";
  }

  static final class Ext implements Externalizable {
    @Override
    public void writeExternal(ObjectOutput out) {
    }

    @Override
    public void readExternal(ObjectInput in) {
    }
  }

  static class MutableBase implements Serializable {
    private static final long serialVersionUID = 1L;
    protected int count;
  }

  static final class OnMutableBase extends MutableBase {
    private static final long serialVersionUID = 1L;
    private final String id = "x";
  }

  @Test
  void jdkValueTypesAndEnumsAreImmutable() {
    assertThat(ImmutableClasses.isImmutable(String.class)).isTrue();
    assertThat(ImmutableClasses.isImmutable(Long.class)).isTrue();
    assertThat(ImmutableClasses.isImmutable(BigDecimal.class)).isTrue();
    assertThat(ImmutableClasses.isImmutable(TimeUnit.class)).isTrue();
  }

  @Test
  void aFinalClassOfFinalImmutableFieldsIsImmutableNestedToo() {
    assertThat(ImmutableClasses.isImmutable(Id.class)).isTrue();
    assertThat(ImmutableClasses.isImmutable(Pair.class)).isTrue();
  }

  @Test
  void anythingThatCouldChangeOrSerializeDifferentlyIsNot() {
    assertThat(ImmutableClasses.isImmutable(Settable.class)).as("non-final field").isFalse();
    assertThat(ImmutableClasses.isImmutable(Open.class)).as("non-final class").isFalse();
    assertThat(ImmutableClasses.isImmutable(WithArray.class)).as("array field").isFalse();
    assertThat(ImmutableClasses.isImmutable(WithList.class)).as("interface-typed field").isFalse();
    assertThat(ImmutableClasses.isImmutable(WithTransient.class)).as("transient field").isFalse();
    assertThat(ImmutableClasses.isImmutable(WithResolve.class)).as("readResolve").isFalse();
    assertThat(ImmutableClasses.isImmutable(Chain.class)).as("self-referencing").isFalse();
    assertThat(ImmutableClasses.isImmutable(NotSerializable.class)).as("not Serializable").isFalse();
    assertThat(ImmutableClasses.isImmutable(Ext.class)).as("Externalizable").isFalse();
    assertThat(ImmutableClasses.isImmutable(OnMutableBase.class)).as("mutable superclass").isFalse();
    assertThat(ImmutableClasses.isImmutable(int[].class)).as("array").isFalse();
  }
}
