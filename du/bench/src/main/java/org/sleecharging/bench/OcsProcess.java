package org.sleecharging.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import org.sleecharging.ocs.AccountConfig;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.Money;
import org.sleecharging.ocs.OcsConfig;
import org.sleecharging.ocs.OcsSimulator;
import org.sleecharging.ocs.Reconciliation;
import org.sleecharging.ocs.Tariff;
import org.sleecharging.ocs.UnitType;

/**
 * The OCS simulator JVM of a run: {@code OcsProcess <originHost> <subscribers> <trace>}. Prints
 * {@code OCS-READY host:realm:port}, with trace one {@code OCS-CCR} line per CCR received (what
 * the OCS decoded, without Session-Id), and runs until its standard input closes.
 */
public final class OcsProcess {

    static final String READY = "OCS-READY ";
    static final String CCR = "OCS-CCR ";

    private OcsProcess() {
    }

    static String subscriber(int i) {
        return String.format("49170%07d", i);
    }

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int subscribers = Integer.parseInt(args[1]);
        boolean trace = Boolean.parseBoolean(args[2]);
        OcsConfig.Builder b = OcsConfig.builder().originHost(host).originRealm(OcsEndpoint.REALM).listen("127.0.0.1", 0)
                .ledgerRetention(trace ? 1000 : 0).recordedRequests(trace ? 1000 : 0)
                .tariff(new Tariff(null, null, UnitType.TIME, Money.of("EUR", "0.01"), false));
        for (int i = 0; i < subscribers; i++) {
            b.account(AccountConfig.builder(subscriber(i)).subscriptionId(subscriber(i)).money("EUR", "1000000000")
                    .build());
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (OcsSimulator ocs = OcsSimulator.start(b.build())) {
            if (trace) {
                Thread tracer = new Thread(() -> traceRequests(ocs, out), "ocs-trace");
                tracer.setDaemon(true);
                tracer.start();
            }
            out.println(READY + new OcsEndpoint(host, OcsEndpoint.REALM, ocs.port()).format());
            drain(System.in);
            Reconciliation r = ocs.reconcile();
            out.println("OCS-DONE " + ocs.requestCount() + " CCRs, " + ocs.liveSessions() + " Ro sessions live, "
                    + "reconciliation " + (r.isConsistent() ? "consistent" : r.problems()));
        }
    }

    /** The CCR as the OCS decoded it, minus what differs between any two sessions (Session-Id, Origin-Host). */
    static String describe(CreditControlRequest r) {
        return r.requestType() + " number=" + r.requestNumber() + " subscription=" + r.subscriptionIds()
                + " context=" + r.serviceContextId() + " action=" + r.requestedAction() + " retransmitted="
                + r.retransmitted() + " mscc=" + r.msccs().stream().map(Object::toString).collect(Collectors.joining(",", "[", "]"));
    }

    private static void traceRequests(OcsSimulator ocs, PrintStream out) {
        try {
            while (true) {
                CreditControlRequest r = ocs.takeRequest(Duration.ofDays(1));
                if (r != null) {
                    out.println(CCR + describe(r));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // until the parent closes our standard input
        }
    }
}
