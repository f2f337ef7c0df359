package org.sleecharging.container.internal.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.slee.management.ResourceAdaptorEntityNotification;
import javax.slee.usage.SampleStatistics;
import javax.slee.usage.UnrecognizedUsageParameterSetNameException;
import org.junit.jupiter.api.Test;

class UsageParameterSetsTest {

  /** A usage parameters interface as an RA or SBB declares it (JSLEE 1.1 §11.2). */
  public interface Usage {
    void incrementRequests(long delta);

    void sampleLatency(long millis);

    long getRequests();

    SampleStatistics getLatency();
  }

  /** A counter and a sample of the same name. */
  public interface Clash {
    void incrementX(long delta);

    void sampleX(long value);
  }

  /** A method that is no usage parameter method. */
  public interface Wrong {
    void reset();
  }

  private final SleeUsageParameterSets sets = new SleeUsageParameterSets();
  private final ResourceAdaptorEntityNotification ra = new ResourceAdaptorEntityNotification("ra1");

  @Test
  void countersAndSamplesOfTheDefaultSet() throws Exception {
    Usage usage = (Usage) sets.get(ra, Usage.class, null);
    usage.incrementRequests(1);
    usage.incrementRequests(4);
    usage.sampleLatency(10);
    usage.sampleLatency(30);
    usage.sampleLatency(20);

    assertThat(usage.getRequests()).isEqualTo(5);
    SampleStatistics latency = usage.getLatency();
    assertThat(latency.getSampleCount()).isEqualTo(3);
    assertThat(latency.getMinimum()).isEqualTo(10);
    assertThat(latency.getMaximum()).isEqualTo(30);
    assertThat(latency.getMean()).isEqualTo(20.0);
    assertThat(sets.get(ra, Usage.class, null)).isSameAs(usage);
    assertThat(sets.values(ra, null))
        .containsOnlyKeys("requests", "latency")
        .containsEntry("requests", 5L);
  }

  @Test
  void emptySampleHasNoSamples() throws Exception {
    Usage usage = (Usage) sets.get(ra, Usage.class, null);

    assertThat(usage.getLatency().getSampleCount()).isZero();
    assertThat(sets.values(new ResourceAdaptorEntityNotification("unused"), null)).isEmpty();
  }

  @Test
  void namedSetsAreSeparateAndManaged() throws Exception {
    sets.create(ra, Usage.class, "peer1");
    Usage peer1 = (Usage) sets.get(ra, Usage.class, "peer1");
    Usage dflt = (Usage) sets.get(ra, Usage.class, null);
    peer1.incrementRequests(3);

    assertThat(dflt.getRequests()).isZero();
    assertThat(sets.names(ra)).containsExactly("peer1");
    assertThatThrownBy(() -> sets.create(ra, Usage.class, "peer1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("peer1");
    assertThatThrownBy(() -> sets.get(ra, Usage.class, "peer2"))
        .isInstanceOf(UnrecognizedUsageParameterSetNameException.class)
        .hasMessageContaining("peer2");

    sets.remove(ra, "peer1");
    assertThatThrownBy(() -> sets.get(ra, Usage.class, "peer1"))
        .isInstanceOf(UnrecognizedUsageParameterSetNameException.class);
    assertThatThrownBy(() -> sets.remove(ra, "peer1"))
        .isInstanceOf(UnrecognizedUsageParameterSetNameException.class);
    assertThatThrownBy(() -> sets.create(ra, Usage.class, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sets.get(ra, Usage.class, ""))
        .isInstanceOf(UnrecognizedUsageParameterSetNameException.class);
  }

  @Test
  void resetZeroesASet() throws Exception {
    Usage usage = (Usage) sets.get(ra, Usage.class, null);
    usage.incrementRequests(7);
    usage.sampleLatency(1);

    sets.reset(ra, null);

    assertThat(usage.getRequests()).isZero();
    assertThat(usage.getLatency().getSampleCount()).isZero();
  }

  @Test
  void invalidInterfacesAreRefused() {
    assertThatThrownBy(() -> sets.create(ra, Clash.class, "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both a counter");
    assertThatThrownBy(() -> sets.create(ra, Wrong.class, "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reset");
    assertThat(sets.names(ra)).isEmpty();
  }

  @Test
  void concurrentUpdatesAreNotLost() throws Exception {
    Usage usage = (Usage) sets.get(ra, Usage.class, null);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      done.add(
          pool.submit(
              () -> {
                for (int i = 1; i <= 10_000; i++) {
                  usage.incrementRequests(1);
                  usage.sampleLatency(i);
                }
              }));
    }
    for (Future<?> f : done) {
      f.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(usage.getRequests()).isEqualTo(40_000);
    assertThat(usage.getLatency().getSampleCount()).isEqualTo(40_000);
    assertThat(usage.getLatency().getMinimum()).isEqualTo(1);
    assertThat(usage.getLatency().getMaximum()).isEqualTo(10_000);
    assertThat(usage.getLatency().getMean()).isEqualTo(5000.5);
  }
}
