package org.sleecharging.ra.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
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
    /** Every CCR that was completed with a successful answer, in completion order. */
    final List<RoRequest> succeeded = new ArrayList<RoRequest>();
    private Function<RoRequest, RoAnswer> script = GRANT_ALL;
    private BiConsumer<RoRequest, CompletableFuture<RoAnswer>> reply;
    private int sessionCounter;

    /** Answer every CCR immediately with {@code answers}. */
    void answerWith(Function<RoRequest, RoAnswer> answers) {
        this.script = answers;
    }

    /** Keep answers back until {@link #answer(int, RoAnswer)}. */
    void holdAnswers() {
        this.script = null;
    }

    /** Completes each CCR's stage by {@code completion}: an answer, an exception, or nothing (held). */
    void replyWith(BiConsumer<RoRequest, CompletableFuture<RoAnswer>> completion) {
        this.reply = completion;
    }

    void answer(int index, RoAnswer answer) {
        complete(sent.get(index), pending.get(index), answer);
    }

    private void complete(RoRequest request, CompletableFuture<RoAnswer> future, RoAnswer answer) {
        synchronized (succeeded) {
            if (answer.resultCode().isSuccess() && !future.isDone()) {
                succeeded.add(request);
            }
        }
        future.complete(answer);
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
        if (reply != null) {
            reply.accept(request, new CompletableFuture<RoAnswer>() {
                @Override
                public boolean complete(RoAnswer answer) {
                    FakeRoPort.this.complete(request, future, answer);
                    return true;
                }

                @Override
                public boolean completeExceptionally(Throwable failure) {
                    return future.completeExceptionally(failure);
                }
            });
        } else if (script != null) {
            complete(request, future, script.apply(request));
        }
        return future;
    }
}
