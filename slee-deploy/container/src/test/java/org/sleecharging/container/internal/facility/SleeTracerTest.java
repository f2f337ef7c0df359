package org.sleecharging.container.internal.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.slee.facilities.TraceLevel;
import javax.slee.facilities.Tracer;
import javax.slee.management.ResourceAdaptorEntityNotification;
import javax.slee.management.SubsystemNotification;
import org.junit.jupiter.api.Test;

class SleeTracerTest {

  private final SleeNotificationFacilities facilities = new SleeNotificationFacilities();
  private final ResourceAdaptorEntityNotification ra = new ResourceAdaptorEntityNotification("ra1");

  @Test
  void namesFormAHierarchy() {
    Tracer leaf = facilities.tracer(ra, "a.b.c");

    assertThat(leaf.getTracerName()).isEqualTo("a.b.c");
    assertThat(leaf.getParentTracerName()).isEqualTo("a.b");
    assertThat(facilities.tracer(ra, "a").getParentTracerName()).isEmpty();
    assertThat(facilities.tracer(ra, "").getParentTracerName()).isNull();
    assertThat(facilities.tracer(ra, "a.b.c")).isSameAs(leaf);
  }

  @Test
  void malformedNamesAreRefused() {
    assertThatThrownBy(() -> facilities.tracer(ra, "a..b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a..b");
    assertThatThrownBy(() -> facilities.tracer(ra, ".a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> facilities.tracer(ra, "a."))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> facilities.tracer(ra, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void rootDefaultIsInfo() {
    Tracer tracer = facilities.tracer(ra, "x");

    assertThat(tracer.getTraceLevel()).isEqualTo(TraceLevel.INFO);
    assertThat(tracer.isSevereEnabled()).isTrue();
    assertThat(tracer.isWarningEnabled()).isTrue();
    assertThat(tracer.isInfoEnabled()).isTrue();
    assertThat(tracer.isConfigEnabled()).isFalse();
    assertThat(tracer.isFineEnabled()).isFalse();
    assertThat(tracer.isFinestEnabled()).isFalse();
  }

  @Test
  void levelsAreInheritedFromTheNearestAncestorWithALevel() {
    Tracer leaf = facilities.tracer(ra, "a.b.c");
    facilities.setTraceLevel(ra, "a", TraceLevel.FINEST);

    assertThat(leaf.getTraceLevel()).isEqualTo(TraceLevel.FINEST);
    assertThat(leaf.isTraceable(TraceLevel.FINER)).isTrue();

    facilities.setTraceLevel(ra, "a.b", TraceLevel.WARNING);
    assertThat(leaf.getTraceLevel()).isEqualTo(TraceLevel.WARNING);
    assertThat(leaf.isInfoEnabled()).isFalse();
    assertThat(facilities.tracer(ra, "a").isFinestEnabled()).isTrue();

    facilities.unsetTraceLevel(ra, "a.b");
    assertThat(leaf.getTraceLevel()).isEqualTo(TraceLevel.FINEST);
  }

  @Test
  void levelsArePerSource() {
    var other = new SubsystemNotification("core");
    facilities.setTraceLevel(ra, "", TraceLevel.OFF);

    assertThat(facilities.tracer(ra, "x").isSevereEnabled()).isFalse();
    assertThat(facilities.tracer(other, "x").isSevereEnabled()).isTrue();
    assertThat(facilities.getTraceLevel(other, "x")).isEqualTo(TraceLevel.INFO);
  }

  @Test
  void tracingChecksArguments() {
    Tracer tracer = facilities.tracer(ra, "x");

    assertThatThrownBy(() -> tracer.trace(TraceLevel.OFF, "m"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tracer.trace(TraceLevel.INFO, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> tracer.isTraceable(null)).isInstanceOf(NullPointerException.class);
    tracer.severe("logged", new IllegalStateException("cause"));
    tracer.finest("below the level: not logged");
  }

  @Test
  void loggerNamesDeriveFromSourceAndTracer() {
    assertThat(TracerNames.loggerName(ra, "charging.session"))
        .isEqualTo("slee.ra.ra1.charging.session");
    assertThat(TracerNames.loggerName(new ResourceAdaptorEntityNotification("my ra.x"), ""))
        .isEqualTo("slee.ra.my_ra_x");
  }
}
