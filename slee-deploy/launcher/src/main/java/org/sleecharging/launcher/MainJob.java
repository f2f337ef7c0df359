package org.sleecharging.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sleecharging.launcher.load.LoadOptions;
import org.sleecharging.launcher.scenario.ScenarioKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The main job's command line: {@code java -jar slee-deploy/launcher/target/slee-launcher-<v>.jar}.
 * Starts the OCS simulator and an embedded JAIN SLEE, deploys the DUs, runs the SCUR, ECUR and IEC
 * scenarios through the network simulator and checks the OCS ledger; or measures load.
 */
@Command(name = "slee-launcher", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Boots the OCS simulator and an embedded JAIN SLEE, deploys the charging DUs and",
        "runs charging scenarios (or a load run) end to end, then reconciles the OCS ledger."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every scenario passed and the ledger reconciled",
        "1:a scenario failed or the ledger did not reconcile",
        "2:not started: a DU jar is missing, a DU or entity was refused, or a bad option"})
public final class MainJob implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--ocs", paramLabel = "HOST:PORT",
      description = "Use this OCS instead of starting the OCS simulator (no ledger check).")
  private String ocs;

  @Option(names = "--ocs-host", paramLabel = "DIAMETER_IDENTITY",
      description = "Origin-Host of the OCS (default: the simulator's, ocs.sleecharging.org).")
  private String ocsHost;

  @Option(names = "--ocs-realm", paramLabel = "REALM",
      description = "Realm of the OCS (default: the simulator's, sleecharging.org).")
  private String ocsRealm;

  @Option(names = "--jmx-port", paramLabel = "PORT",
      description = "Open a JMX RMI connector on 127.0.0.1 at this port (0: any free port).")
  private Integer jmxPort;

  @Option(names = "--hold", description = "Keep the SLEE running after the run until Ctrl-C.")
  private boolean hold;

  @Option(names = "--scenario", split = ",", paramLabel = "NAME",
      description = "Scenarios to run: ${COMPLETION-CANDIDATES} (default: SCUR, ECUR, IEC).")
  private List<ScenarioKind> scenarios = List.of();

  @Option(names = "--load", arity = "0..1", paramLabel = "N", fallbackValue = "0",
      description = "Measure IEC message load instead of the scenarios, with a raw jDiameter"
          + " baseline leg in the same run; N: messages in flight (closed loop), as --in-flight.")
  private Integer load;

  @Option(names = "--duration", defaultValue = "20", paramLabel = "SECONDS",
      description = "Measured seconds per load leg (default ${DEFAULT-VALUE}).")
  private int durationSeconds;

  @Option(names = "--warmup", defaultValue = "5", paramLabel = "SECONDS",
      description = "Warm-up seconds per load leg (default ${DEFAULT-VALUE}).")
  private int warmupSeconds;

  @Option(names = "--rate", defaultValue = "0", paramLabel = "MSG_PER_S",
      description = "Offered messages per second (open loop); 0: closed loop (default).")
  private int rate;

  @Option(names = "--in-flight", defaultValue = "16", paramLabel = "N",
      description = "Messages outstanding in the closed loop, and the baseline's sessions in flight"
          + " (default ${DEFAULT-VALUE}).")
  private int inFlight;

  @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Run the raw jDiameter baseline leg of --load (default); --no-baseline skips it.")
  private boolean baseline;

  @Option(names = "--du-dir", paramLabel = "DIR",
      description = "Directory of the DU jars (default: dus/ beside the launcher jar).")
  private Path duDirectory;

  @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS",
      description = "How long to wait for each reaction of the services (default ${DEFAULT-VALUE}).")
  private int timeoutSeconds;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line of a new main job; scenario names in any case. */
  public static CommandLine commandLine() {
    return new CommandLine(new MainJob()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public Integer call() throws Exception {
    return new MainJobRun(options(), new ConsolePrinter(spec.commandLine().getOut())).run();
  }

  /** --load N sets the messages in flight; --in-flight says the same, so only one of them may. */
  private int loadInFlight() {
    if (load == 0) {
      return inFlight;
    }
    if (load < 0) {
      throw new IllegalArgumentException("--load N must be >= 1, was " + load);
    }
    if (spec.commandLine().getParseResult().hasMatchedOption("--in-flight")) {
      throw new IllegalArgumentException("give the messages in flight once: --load " + load
          + " or --in-flight " + inFlight);
    }
    return load;
  }

  JobOptions options() {
    try {
      Optional<HostPort> external = Optional.ofNullable(ocs).map(HostPort::parse);
      if (jmxPort != null && (jmxPort < 0 || jmxPort > 65535)) {
        throw new IllegalArgumentException("--jmx-port must be 0..65535, was " + jmxPort);
      }
      if (timeoutSeconds < 1) {
        throw new IllegalArgumentException("--timeout must be >= 1");
      }
      Optional<LoadOptions> loadOptions = load == null
          ? Optional.empty()
          : Optional.of(new LoadOptions(Duration.ofSeconds(durationSeconds),
              Duration.ofSeconds(warmupSeconds), rate, loadInFlight(), 100));
      Set<ScenarioKind> chosen = scenarios.isEmpty()
          ? ScenarioKind.defaults() : EnumSet.copyOf(scenarios);
      return new JobOptions(external, ocsHost, ocsRealm, Optional.ofNullable(jmxPort), hold,
          chosen, loadOptions, baseline,
          duDirectory == null ? DuDirectory.besideLauncher() : new DuDirectory(duDirectory),
          Duration.ofSeconds(timeoutSeconds));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
