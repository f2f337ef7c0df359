package org.sleecharging.ocs;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar slee-ocs-…-all.jar --config ocs.yaml}: runs the simulator until killed. */
@Command(name = "slee-ocs", mixinStandardHelpOptions = true,
        description = "Diameter Ro (RFC 4006) OCS simulator with an exact ledger.")
public final class Main implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    @Option(names = "--config", description = "YAML configuration (see README); defaults built in when absent")
    private Path config;

    @Option(names = "--port", description = "Overrides the configured listen port")
    private Integer port;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        OcsConfig c = config == null ? OcsConfig.builder().build() : OcsConfigLoader.load(config);
        if (port != null) {
            c = c.toBuilder().listen(c.listenAddress(), port).build();
        }
        OcsSimulator ocs = OcsSimulator.start(c);
        LOG.info("OCS {} / {} listening on {}:{} with {} accounts", c.originHost(), c.originRealm(), c.listenAddress(),
                ocs.port(), c.accounts().size());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Reconciliation r = ocs.reconcile();
            LOG.info("Stopping: {} requests, reconciliation {}", ocs.requestCount(),
                    r.isConsistent() ? "consistent" : r.problems());
            ocs.close();
            stopped.countDown();
        }, "ocs-shutdown"));
        stopped.await();
        return 0;
    }
}
