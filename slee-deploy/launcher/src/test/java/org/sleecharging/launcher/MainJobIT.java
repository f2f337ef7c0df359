package org.sleecharging.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleecharging.launcher.standin.StandInDus;

/**
 * The main job end to end, in this JVM, with the DU jars the build copied to target/dus: the
 * default run (all scenarios against the bundled OCS simulator) once every DU is built; the same
 * run with stand-ins for the charging RA and services DUs (every step through the SLEE, nothing
 * charged); and the refusal that names a missing DU.
 */
class MainJobIT {
  private static final Path BUILT_DUS = Path.of("target", "dus");

  @Test
  void defaultRunPassesEveryScenarioAndReconcilesTheLedger() {
    assumeTrue(new DuDirectory(BUILT_DUS).present().size() == LauncherDu.values().length,
        "runs once every DU is built into target/dus; present: "
            + new DuDirectory(BUILT_DUS).present());

    Run run = run("--du-dir", BUILT_DUS.toString());

    assertThat(run.output()).contains("SCUR voice call", "ECUR content download", "IEC message")
        .doesNotContain("FAIL").contains("Left behind: nothing", "OCS ledger: reconciled OK");
    assertThat(run.output()).as("what the OCS saw per scenario")
        .containsPattern("OCS: balance EUR 10.00 -> EUR 9\\.\\d\\d\\R")
        .contains("OCS: requested TOTAL_OCTETS 2000000; reported used TOTAL_OCTETS 2000000")
        .contains("OCS: 1 CCR (1 EVENT)")
        .contains("OCS: granted nothing; debited SERVICE_SPECIFIC_UNITS 1; released nothing; refunded nothing");
    assertThat(run.exitCode()).as(run.output()).isEqualTo(MainJobRun.OK);
  }

  @Test
  void missingChargingDuIsNamedAfterTheSimulatorIsDeployed(@TempDir Path dir) throws Exception {
    Files.copy(BUILT_DUS.resolve(LauncherDu.NETWORK_SIMULATOR.fileName()),
        dir.resolve(LauncherDu.NETWORK_SIMULATOR.fileName()));

    Run run = run("--du-dir", dir.toString());

    assertThat(run.exitCode()).as(run.output()).isEqualTo(MainJobRun.NOT_STARTED);
    assertThat(run.output())
        .contains("OCS simulator ocs.sleecharging.org (realm sleecharging.org) at 127.0.0.1:")
        .contains("deployed slee-charging-netsim-du.jar")
        .contains("RA entity NetworkSimulator active")
        .contains("FAILED: missing DU slee-charging-ra-du.jar (charging RA, module du/ra-du) in "
            + dir);
  }

  @Test
  void standInDusRunEveryStepThroughTheSleeAndTheLedgerShowsNothingCharged(@TempDir Path dir)
      throws Exception {
    Files.copy(BUILT_DUS.resolve(LauncherDu.NETWORK_SIMULATOR.fileName()),
        dir.resolve(LauncherDu.NETWORK_SIMULATOR.fileName()));
    StandInDus.writeTo(dir);

    Run run = run("--du-dir", dir.toString());

    assertThat(run.output())
        .contains("RA entity ChargingRA (ResourceAdaptorID[name=StandInChargingRA")
        .contains("link name ChargingRA, OCS ocs.sleecharging.org (realm sleecharging.org)")
        .contains("service ServiceID[name=StandInService")
        .contains("service: CALL_CONNECTED call-1", "network: calling party hung up")
        .contains("service: CONTENT_ALLOWED data-2 song-42", "network: delivered song-42")
        .contains("service: MESSAGE_ACCEPTED msg-3", "network: delivered")
        .contains("problem: the OCS debited nothing from alice")
        .contains("OCS: no CCR received")
        .contains("problem: the OCS debited nothing from bob")
        .contains("Left behind: nothing")
        .contains("OCS ledger: reconciled OK");
    assertThat(run.exitCode()).as(run.output()).isEqualTo(MainJobRun.FAILED);
  }

  @Test
  void externalOcsIsConfiguredIntoTheChargingEntityAndHasNoLedger(@TempDir Path dir)
      throws Exception {
    Files.copy(BUILT_DUS.resolve(LauncherDu.NETWORK_SIMULATOR.fileName()),
        dir.resolve(LauncherDu.NETWORK_SIMULATOR.fileName()));
    StandInDus.writeTo(dir);

    Run run = run("--du-dir", dir.toString(), "--ocs", "127.0.0.1:3999", "--ocs-host",
        "ocs1.operator.example", "--ocs-realm", "operator.example", "--scenario", "iec");

    assertThat(run.output())
        .contains("external OCS ocs1.operator.example (realm operator.example) at 127.0.0.1:3999")
        .contains("link name ChargingRA, OCS ocs1.operator.example (realm operator.example) at 127.0.0.1:3999")
        .contains("IEC message            PASS  subscriber bob (491700000002), charged: not known")
        .doesNotContain("SCUR voice call")
        .contains("OCS ledger: not available (external OCS)");
    assertThat(run.exitCode()).as(run.output()).isEqualTo(MainJobRun.OK);
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    int code = MainJob.commandLine().setOut(new PrintWriter(out, true)).execute(args);
    return new Run(code, out.toString());
  }

  private record Run(int exitCode, String output) {}
}
