package org.sleecharging.ocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.sleecharging.ocs.internal.ChargingEngine;
import org.sleecharging.ocs.internal.diameter.CcrHandler;
import org.sleecharging.ocs.internal.diameter.DiameterServer;

/**
 * A Diameter Ro OCS on a real TCP socket, in the style of OkHttp's MockWebServer: start it with
 * an {@link OcsConfig}, point the client at {@link #port()}, script faults with
 * {@link #enqueue(Rule)}, inspect what arrived with {@link #takeRequest(Duration)}, and check
 * the books with {@link #ledger()}, {@link #accounts()} and {@link #reconcile()}.
 * The ledger and balances survive {@link #stop()}/{@link #restart()}.
 */
public final class OcsSimulator implements AutoCloseable, CcrHandler {

    private final OcsConfig config;
    private final int port;
    private final ChargingEngine engine;
    private final Script script = new Script();
    private final BlockingQueue<CreditControlRequest> received;
    private final LongAdder requestCount = new LongAdder();
    private final ScheduledExecutorService sweeper;
    private DiameterServer server;

    private OcsSimulator(OcsConfig config, int port, Clock clock) {
        this.config = config;
        this.port = port;
        this.engine = new ChargingEngine(config, clock);
        this.received = new ArrayBlockingQueue<>(Math.max(1, config.recordedRequests()));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ocs-validity-sweeper");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts a simulator; a configured port of 0 picks a free port. */
    public static OcsSimulator start(OcsConfig config) {
        int port = config.port() == 0 ? freePort(config.listenAddress()) : config.port();
        OcsSimulator ocs = new OcsSimulator(config, port, Clock.systemUTC());
        ocs.listen();
        // Validity-Time expiry (RFC 4006 §8.33) is also applied on every request; the sweep frees idle ones.
        ocs.sweeper.scheduleWithFixedDelay(ocs.engine::expireReservations, 100, 100, TimeUnit.MILLISECONDS);
        return ocs;
    }

    private synchronized void listen() {
        if (server != null) {
            throw new IllegalStateException("OCS already listening on " + config.listenAddress() + ":" + port);
        }
        DiameterServer s = new DiameterServer(this);
        s.start(config.originHost(), config.originRealm(), config.listenAddress(), port, config.messageTimeout());
        server = s;
    }

    public int port() {
        return port;
    }

    public OcsConfig config() {
        return config;
    }

    /** Stops listening and drops connections; accounts, reservations and ledger are kept. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Listens again on the same port with the same books. */
    public synchronized void restart() {
        stop();
        listen();
    }

    public synchronized boolean isListening() {
        return server != null;
    }

    @Override
    public void close() {
        stop();
        sweeper.shutdownNow();
    }

    public void enqueue(Rule rule) {
        script.enqueue(rule);
    }

    public void clearRules() {
        script.clear();
    }

    /** The next received CCR (in arrival order), or null when none arrives within {@code timeout}. */
    public CreditControlRequest takeRequest(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    public long requestCount() {
        return requestCount.sum();
    }

    /** How many requests were answered from the retransmission cache without charging. */
    public long duplicateCount() {
        return engine.duplicates();
    }

    public Ledger ledger() {
        return new Ledger(engine.ledgerEntries());
    }

    public Map<String, AccountSnapshot> accounts() {
        return engine.accounts();
    }

    public AccountSnapshot account(String id) {
        AccountSnapshot a = engine.accounts().get(id);
        if (a == null) {
            throw new IllegalArgumentException("No account " + id);
        }
        return a;
    }

    public Reconciliation reconcile() {
        return engine.reconcile();
    }

    public boolean isSessionLive(String sessionId) {
        return engine.isLive(sessionId);
    }

    public int liveSessions() {
        return engine.liveSessions();
    }

    /** Sends a Re-Auth-Request on a live client session; completes with the RAA Result-Code. */
    public CompletableFuture<Long> sendReAuthRequest(String sessionId) {
        return running().sendReAuthRequest(sessionId);
    }

    /** Sends an Abort-Session-Request on a live client session; completes with the ASA Result-Code. */
    public CompletableFuture<Long> sendAbortSession(String sessionId) {
        return running().sendAbortSession(sessionId);
    }

    private synchronized DiameterServer running() {
        if (server == null) {
            throw new IllegalStateException("OCS is stopped");
        }
        return server;
    }

    /** Called by the Diameter layer for every decoded CCR. */
    @Override
    public Reply onRequest(CreditControlRequest request) {
        requestCount.increment();
        if (config.recordedRequests() > 0 && !received.offer(request)) {
            received.poll();
            received.offer(request);
        }
        if (request.serviceContextId() != null && !config.serviceContextIds().contains(request.serviceContextId())) {
            return Reply.now(CreditControlAnswer.of(request, ResultCodes.UNABLE_TO_COMPLY));
        }
        Rule rule = script.next(request);
        if (rule != null && !rule.fault().charges()) {
            return new Reply(CreditControlAnswer.of(request, rule.resultCode()), rule.fault(), Duration.ZERO);
        }
        CreditControlAnswer answer = engine.handle(request).answer();
        return rule == null ? Reply.now(answer) : new Reply(answer, rule.fault(), rule.delay());
    }

    private static int freePort(String address) {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(address))) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + address, e);
        }
    }
}
