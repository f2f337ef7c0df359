package org.sleecharging.container.internal.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javax.slee.facilities.TraceLevel;
import javax.slee.facilities.Tracer;
import javax.slee.management.ResourceAdaptorEntityNotification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads what slf4j-simple (the test binding) writes to System.err. */
class TracerLoggingTest {

  private final PrintStream originalErr = System.err;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  @BeforeEach
  void capture() {
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setErr(originalErr);
  }

  @Test
  void tracesAtOrAboveTheTracerLevelReachTheLoggerNamedAfterSourceAndTracer() {
    SleeNotificationFacilities facilities = new SleeNotificationFacilities();
    var source = new ResourceAdaptorEntityNotification("logged-ra");
    Tracer tracer = facilities.tracer(source, "peer.diameter");
    facilities.setTraceLevel(source, "peer", TraceLevel.WARNING);

    tracer.info("info below the tracer level");
    tracer.warning("peer down");

    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("WARN slee.ra.logged-ra.peer.diameter - peer down");
    assertThat(log).doesNotContain("info below the tracer level");
  }
}
