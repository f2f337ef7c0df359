package org.sleecharging.container;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.slee.management.DeployableUnitID;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs an embedded JAIN SLEE with a JMX RMI connector on loopback, optionally deploying DU jars,
 * until interrupted: {@code java -jar slee-container.jar --jmx-port 1199 ra-du.jar service-du.jar}.
 * Any standard JAIN SLEE management client then drives it through the spec MBeans.
 */
@Command(name = "embedded-slee", mixinStandardHelpOptions = true,
    description = "Embedded JAIN SLEE 1.1 container with a loopback JMX connector.")
public final class Main implements java.util.concurrent.Callable<Integer> {

  @Option(names = "--jmx-port", defaultValue = "1199",
      description = "Loopback port of the JMX RMI connector (0 = any free port). Default ${DEFAULT-VALUE}.")
  private int jmxPort;

  @Option(names = "--event-threads", description = "Event delivery threads (default 2 x cores).")
  private Integer eventThreads;

  @Parameters(arity = "0..*", paramLabel = "DU_JAR", description = "Deployable unit jars to install, in order.")
  private List<Path> deployableUnits = new ArrayList<>();

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    for (Path du : deployableUnits) {
      if (!Files.isRegularFile(du)) {
        throw new CommandLine.ParameterException(new CommandLine(this), "no such DU jar: " + du);
      }
    }
    EmbeddedSlee.Builder builder = EmbeddedSlee.builder().name("embedded-slee").jmxPort(jmxPort);
    if (eventThreads != null) {
      builder.eventThreads(eventThreads);
    }
    EmbeddedSlee slee = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      slee.close();
      stopped.countDown();
    }, "embedded-slee-shutdown"));
    for (Path du : deployableUnits) {
      DeployableUnitID id = slee.deploy(du);
      System.out.println("installed " + id);
    }
    System.out.println("JAIN SLEE management: " + slee.jmxServiceUrl());
    System.out.println("Ctrl-C to stop.");
    stopped.await();
    return 0;
  }
}
