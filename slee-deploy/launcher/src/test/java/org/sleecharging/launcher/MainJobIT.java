package org.sleecharging.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The main job end to end, in this JVM, with the DU jars the build copied to target/dus: the
 * default run (all scenarios against the bundled OCS simulator) once every DU is built, and the
 * refusal that names a missing DU.
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
        .doesNotContain("FAIL").contains("OCS ledger: reconciled OK");
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

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    int code = new CommandLine(new MainJob()).setOut(new PrintWriter(out, true)).execute(args);
    return new Run(code, out.toString());
  }

  private record Run(int exitCode, String output) {}
}
