package org.sleecharging.ra.fake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoNetworkListener;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.RoTransport;
import org.sleecharging.ra.engine.ro.Route;

/**
 * An in-memory Ro transport: records every CCR and answers it with a script (grant what was
 * requested, by default) or holds it until the test answers. The test plays the OCS and the
 * network through {@link #listener}.
 */
public final class FakeRoTransport implements RoTransport {

    public static final Function<RoRequest, RoAnswer> GRANT_ALL = request -> RoAnswer.success(request.requested());

    public final RoNetworkListener listener;
    public final List<RoRequest> sent = new ArrayList<>();
    public final List<CompletableFuture<RoAnswer>> pending = new ArrayList<>();
    private final Map<Route, Boolean> peers = new EnumMap<>(Route.class);
    private Function<RoRequest, RoAnswer> script = GRANT_ALL;
    private int sessions;
    public volatile boolean closed;

    FakeRoTransport(RoNetworkListener listener) {
        this.listener = listener;
    }

    public synchronized void answerWith(Function<RoRequest, RoAnswer> answers) {
        this.script = answers;
    }

    /** Keeps answers back until {@link #answer}. */
    public synchronized void holdAnswers() {
        this.script = null;
    }

    public void answer(int index, RoAnswer answer) {
        CompletableFuture<RoAnswer> future;
        synchronized (this) {
            future = pending.get(index);
        }
        future.complete(answer);
    }

    public synchronized RoRequest last() {
        return sent.get(sent.size() - 1);
    }

    /** The peer's connection changes, as the stack would report it. */
    public void peer(Route peer, boolean up) {
        synchronized (this) {
            peers.put(peer, up);
        }
        listener.peerStateChanged(peer, up);
    }

    @Override
    public synchronized String newSessionId() {
        return "ra.example;" + (++sessions);
    }

    @Override
    public CompletionStage<RoAnswer> send(RoRequest request) {
        if (closed) {
            throw new IllegalStateException("transport closed");
        }
        CompletableFuture<RoAnswer> future = new CompletableFuture<>();
        Function<RoRequest, RoAnswer> answers;
        synchronized (this) {
            sent.add(request);
            pending.add(future);
            answers = script;
        }
        if (answers != null) {
            future.complete(answers.apply(request));
        }
        return future;
    }

    @Override
    public synchronized boolean isPeerUp(Route peer) {
        return peers.getOrDefault(peer, false);
    }

    @Override
    public int openSessionCount() {
        return 0;
    }

    @Override
    public void close() {
        closed = true;
    }
}
