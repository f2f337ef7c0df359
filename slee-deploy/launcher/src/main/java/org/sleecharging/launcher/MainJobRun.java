package org.sleecharging.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.sleecharging.container.EmbeddedSlee;
import org.sleecharging.launcher.load.BaselineLeg;
import org.sleecharging.launcher.load.LoadResult;
import org.sleecharging.launcher.load.LoadSubscribers;
import org.sleecharging.launcher.load.SleeLoad;
import org.sleecharging.launcher.scenario.ScenarioResult;
import org.sleecharging.launcher.scenario.Scenarios;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.ocs.Reconciliation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main job: OCS, embedded SLEE, DUs and entities, then the scenarios or the load run, then
 * the ledger check; optionally holds the SLEE for a management client. Exit codes: {@link #OK},
 * {@link #FAILED} (a scenario failed or the ledger does not reconcile), {@link #NOT_STARTED} (a DU
 * or configuration is missing).
 */
public final class MainJobRun {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int NOT_STARTED = 2;

  private static final Logger LOG = LoggerFactory.getLogger(MainJobRun.class);

  private final JobOptions options;
  private final ConsolePrinter printer;

  public MainJobRun(JobOptions options, ConsolePrinter printer) {
    this.options = options;
    this.printer = printer;
  }

  public int run() throws Exception {
    printer.heading("slee-charging main job");
    try (OcsLink ocs = startOcs(); EmbeddedSlee slee = startSlee()) {
      printer.step((ocs.simulator().isPresent() ? "OCS simulator " : "external OCS ") + ocs.peer());
      printer.step("embedded JAIN SLEE started"
          + (slee.jmxServiceUrl() == null ? "" : ", JMX " + slee.jmxServiceUrl()));
      SleeSetup setup = new SleeSetup(slee, options.dus(), printer::step);
      NetworkDriver network;
      try {
        network = setup.networkSimulator();
        setup.chargingRa(ocs.peer());
        setup.services();
      } catch (MissingDuException e) {
        printer.failure(e.getMessage());
        return NOT_STARTED;
      } catch (javax.slee.management.DeploymentException | IllegalStateException e) {
        LOG.debug("setup failed", e);
        printer.failure("setup: " + e.getMessage());
        return NOT_STARTED;
      }
      boolean passed = options.load().isPresent() ? load(network) : scenarios(network, ocs);
      List<String> left = Leftovers.after(slee, network, ocs.simulator(), options.timeout());
      printer.leftovers(left);
      passed &= left.isEmpty();
      passed &= ledger(ocs);
      if (options.hold()) {
        hold(slee);
      }
      return passed ? OK : FAILED;
    }
  }

  private OcsLink startOcs() {
    if (options.externalOcs().isPresent()) {
      return OcsLink.external(options.externalOcs().get(),
          Optional.ofNullable(options.ocsHost()).orElse("ocs.sleecharging.org"),
          Optional.ofNullable(options.ocsRealm()).orElse("sleecharging.org"));
    }
    return OcsLink.startSimulator(options.ocsHost(), options.ocsRealm(), options.load()
        .map(l -> LoadSubscribers.accounts(l.subscribers())).orElse(List.of()));
  }

  private EmbeddedSlee startSlee() {
    EmbeddedSlee.Builder b = EmbeddedSlee.builder().name("slee-launcher")
        .registerMBeans(options.hold() || options.jmxPort().isPresent());
    options.jmxPort().ifPresent(b::jmxPort);
    return b.start();
  }

  private boolean scenarios(NetworkDriver network, OcsLink ocs) throws InterruptedException {
    List<ScenarioResult> results =
        Scenarios.run(options.scenarios(), network, ocs.simulator(), options.timeout());
    printer.scenarios(results);
    return results.stream().allMatch(ScenarioResult::passed);
  }

  private boolean load(NetworkDriver network) throws Exception {
    var load = options.load().orElseThrow();
    printer.step("load: IEC messages for " + load.duration().toSeconds() + " s after "
        + load.warmup().toSeconds() + " s warm-up, "
        + (load.openLoop() ? load.rate() + " msg/s offered" : load.inFlight() + " in flight"));
    List<LoadResult> legs = new ArrayList<>();
    legs.add(new SleeLoad(network, load).run());
    if (options.baseline()) {
      printer.step("baseline: raw jDiameter Ro client against a fresh OCS simulator (child JVM)");
      legs.add(BaselineLeg.run(load));
    }
    printer.load(legs);
    return legs.get(0).operations() > 0 && legs.get(0).errors() == 0;
  }

  private boolean ledger(OcsLink ocs) {
    if (ocs.simulator().isEmpty()) {
      printer.noLedger();
      return true;
    }
    Reconciliation r = ocs.simulator().get().reconcile();
    printer.ledger(r);
    return r.isConsistent();
  }

  private void hold(EmbeddedSlee slee) throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "slee-launcher-hold"));
    printer.heading("holding the SLEE for management clients"
        + (slee.jmxServiceUrl() == null ? "" : " at " + slee.jmxServiceUrl()) + "; Ctrl-C stops");
    LOG.info("holding until interrupted");
    stop.await();
  }
}
