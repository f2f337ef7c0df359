package org.sleecharging.ra.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoClientPort;
import org.sleecharging.ra.engine.ro.RoRequest;

/** Records every CCR; answers at once with a scripted function, or holds it until the test answers. */
final class FakeRoPort implements RoClientPort {

    /** Grants what was requested. */
    static final Function<RoRequest, RoAnswer> GRANT_ALL = request -> RoAnswer.success(request.requested());

    final List<RoRequest> sent = new ArrayList<RoRequest>();
    final List<CompletableFuture<RoAnswer>> pending = new ArrayList<CompletableFuture<RoAnswer>>();
    private Function<RoRequest, RoAnswer> script = GRANT_ALL;
    private int sessionCounter;

    /** Answer every CCR immediately with {@code answers}. */
    void answerWith(Function<RoRequest, RoAnswer> answers) {
        this.script = answers;
    }

    /** Keep answers back until {@link #answer(int, RoAnswer)}. */
    void holdAnswers() {
        this.script = null;
    }

    void answer(int index, RoAnswer answer) {
        pending.get(index).complete(answer);
    }

    RoRequest last() {
        return sent.get(sent.size() - 1);
    }

    @Override
    public String newSessionId() {
        return "ro;" + (++sessionCounter);
    }

    @Override
    public CompletionStage<RoAnswer> send(RoRequest request) {
        sent.add(request);
        CompletableFuture<RoAnswer> future = new CompletableFuture<RoAnswer>();
        pending.add(future);
        if (script != null) {
            future.complete(script.apply(request));
        }
        return future;
    }
}
