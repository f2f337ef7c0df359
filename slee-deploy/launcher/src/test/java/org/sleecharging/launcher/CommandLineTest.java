package org.sleecharging.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import javax.slee.resource.ConfigProperties;
import org.junit.jupiter.api.Test;
import org.sleecharging.launcher.scenario.ScenarioKind;
import picocli.CommandLine;

class CommandLineTest {

  @Test
  void hostPortParsesNamesAddressesAndBracketedIpv6() {
    assertThat(HostPort.parse("ocs.example.org:3868")).isEqualTo(new HostPort("ocs.example.org", 3868));
    assertThat(HostPort.parse("[::1]:3869")).isEqualTo(new HostPort("::1", 3869));
    assertThat(HostPort.parse("[::1]:3869")).hasToString("[::1]:3869");
    assertThatThrownBy(() -> HostPort.parse("ocs")).hasMessageContaining("HOST:PORT");
    assertThatThrownBy(() -> HostPort.parse("ocs:0")).hasMessageContaining("1..65535");
    assertThatThrownBy(() -> HostPort.parse("ocs:x")).hasMessageContaining("not a number");
  }

  @Test
  void optionsDefaultToAllScenariosAgainstTheSimulator() {
    MainJob job = new MainJob();
    new CommandLine(job).parseArgs("--du-dir", "x");

    JobOptions o = job.options();

    assertThat(o.externalOcs()).isEmpty();
    assertThat(o.scenarios()).containsExactlyInAnyOrder(ScenarioKind.SCUR, ScenarioKind.ECUR,
        ScenarioKind.IEC);
    assertThat(o.load()).isEmpty();
    assertThat(o.baseline()).isTrue();
    assertThat(o.dus().path()).isEqualTo(Path.of("x"));
  }

  @Test
  void loadAndExternalOcsOptions() {
    CommandLine cl = MainJob.commandLine();
    cl.parseArgs("--ocs", "10.0.0.7:3868", "--ocs-host", "ocs1.op.net",
        "--ocs-realm", "op.net", "--load", "--duration", "3", "--warmup", "1", "--rate", "500",
        "--no-baseline", "--scenario", "iec,SCUR", "--jmx-port", "0");

    JobOptions o = ((MainJob) cl.getCommand()).options();

    assertThat(o.externalOcs()).contains(new HostPort("10.0.0.7", 3868));
    assertThat(o.ocsHost()).isEqualTo("ocs1.op.net");
    assertThat(o.load()).hasValueSatisfying(l -> {
      assertThat(l.openLoop()).isTrue();
      assertThat(l.duration()).hasSeconds(3);
    });
    assertThat(o.baseline()).isFalse();
    assertThat(o.scenarios()).containsExactlyInAnyOrder(ScenarioKind.IEC, ScenarioKind.SCUR);
    assertThat(o.jmxPort()).contains(0);
  }

  @Test
  void loadTakesTheMessagesInFlightAsItsValue() {
    CommandLine cl = MainJob.commandLine();
    cl.parseArgs("--load", "32", "--duration", "5");

    assertThat(((MainJob) cl.getCommand()).options().load()).hasValueSatisfying(l -> {
      assertThat(l.openLoop()).isFalse();
      assertThat(l.inFlight()).isEqualTo(32);
      assertThat(l.duration()).hasSeconds(5);
    });
  }

  @Test
  void loadWithoutAValueKeepsTheInFlightOption() {
    CommandLine cl = MainJob.commandLine();
    cl.parseArgs("--in-flight", "8", "--load");

    assertThat(((MainJob) cl.getCommand()).options().load()).hasValueSatisfying(l ->
        assertThat(l.inFlight()).isEqualTo(8));
  }

  @Test
  void theMessagesInFlightAreGivenOnce() {
    java.io.StringWriter err = new java.io.StringWriter();
    int code = MainJob.commandLine().setErr(new java.io.PrintWriter(err))
        .execute("--load", "32", "--in-flight", "8");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("give the messages in flight once: --load 32 or --in-flight 8");
  }

  @Test
  void badOptionValuesAreRefusedNamingTheOption() {
    int code = new CommandLine(new MainJob()).setErr(new java.io.PrintWriter(new java.io.StringWriter()))
        .execute("--ocs", "nohost", "--du-dir", "x");

    assertThat(code).isEqualTo(2);
  }

  @Test
  void chargingRaPropertiesAreTypedAsTheRaDeclaresThem() {
    OcsPeer peer = new OcsPeer("ocs.sleecharging.org", "sleecharging.org", new HostPort("127.0.0.1", 3999));
    ConfigProperties declared = new ConfigProperties();
    for (String name : new String[] {"originHost", "originRealm", "destinationRealm", "ocsPrimaryHost",
        "ocsPrimaryAddress"}) {
      declared.addProperty(new ConfigProperties.Property(name, "java.lang.String", "default"));
    }
    declared.addProperty(new ConfigProperties.Property("ocsPrimaryPort", "java.lang.Integer", 3868));

    ConfigProperties typed = ChargingRaProperties.typed(declared, ChargingRaProperties.forPeer(peer));

    assertThat(typed.getProperty("ocsPrimaryPort").getValue()).isEqualTo(3999);
    assertThat(typed.getProperty("ocsPrimaryHost").getValue()).isEqualTo("ocs.sleecharging.org");
    assertThat(typed.getProperty("destinationRealm").getValue()).isEqualTo("sleecharging.org");
    declared = new ConfigProperties();
    ConfigProperties empty = declared;
    assertThatThrownBy(() -> ChargingRaProperties.typed(empty, Map.of("originHost", "h")))
        .hasMessage("the charging RA declares no config property originHost");
  }

  @Test
  void missingDuNamesArtifactModuleAndDirectory() {
    DuDirectory dus = new DuDirectory(Path.of("nowhere"));

    assertThatThrownBy(() -> dus.require(LauncherDu.SERVICES)).isInstanceOf(MissingDuException.class)
        .hasMessageStartingWith("missing DU slee-charging-service-du.jar (charging manager and"
            + " feature services, module du/service-du) in nowhere");
  }

  @Test
  void bundledOcsConfigurationHasTheScenarioSubscribers() {
    assertThat(OcsLink.bundledConfig().accounts()).extracting(a -> a.id())
        .contains("alice", "bob");
  }
}
