package org.sleecharging.ra.engine;

import java.util.ArrayList;
import java.util.List;

import org.sleecharging.ra.engine.Scheduler.Cancellable;
import org.sleecharging.ra.engine.request.ChargingRequest;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoRequest;

/**
 * CCRs sent for one request (one per leg) and their answers. A leg is settled by an answer or a
 * {@link RoFailure}; a failed leg may be re-sent once to the other peer (RFC 4006 §5.7), which
 * makes it pending again. The exchange is applied once, when every leg is settled, and then
 * {@link #finish() finished}: later answers are ignored (RFC 4006 §13 Tx timer). Guarded by the
 * session's lock.
 */
final class RoExchange {

    /** What the exchange is for; decides how answers are applied. */
    enum Kind {
        NUMBERED, RATE, USAGE_REPORT
    }

    final Kind kind;
    final int requestNumber;
    final ChargingRequest request;
    /** The CCR of each leg as last sent: a retransmission replaces its original. */
    final List<RoRequest> requests;
    final RoAnswer[] answers;
    final RoFailure[] failures;
    private final int[] attempts;
    private int pending;
    private boolean finished;
    Cancellable txTimer;

    RoExchange(Kind kind, int requestNumber, ChargingRequest request, List<RoRequest> requests) {
        this.kind = kind;
        this.requestNumber = requestNumber;
        this.request = request;
        this.requests = new ArrayList<RoRequest>(requests);
        this.answers = new RoAnswer[requests.size()];
        this.failures = new RoFailure[requests.size()];
        this.attempts = new int[requests.size()];
        this.pending = requests.size();
    }

    /** The attempt a completion of leg {@code index} belongs to (0 original, 1 retransmission). */
    int attempt(int index) {
        return attempts[index];
    }

    /**
     * Records the answer or failure of one attempt of one leg; false if ignored. A failure of an
     * attempt already given up on is ignored; an answer of the original that arrives after the
     * retransmission was sent still counts, and whichever answer comes first is the only one applied
     * (the OCS recognises the T-flagged duplicate, RFC 6733 §3).
     */
    boolean record(int index, int attempt, RoAnswer answer, RoFailure failure) {
        if (finished || answers[index] != null || failures[index] != null) {
            return false;
        }
        if (failure != null && attempt != attempts[index]) {
            return false;
        }
        answers[index] = failure == null ? answer : null;
        failures[index] = failure;
        pending--;
        return true;
    }

    /** The Tx timer fired: every pending leg fails; returns their indexes. */
    List<Integer> timeOut(String reason) {
        List<Integer> timedOut = new ArrayList<Integer>();
        if (finished) {
            return timedOut;
        }
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] == null && failures[i] == null) {
                failures[i] = new RoFailure(RoFailure.Kind.TX_TIMEOUT, reason);
                pending--;
                timedOut.add(i);
            }
        }
        return timedOut;
    }

    boolean mayRetransmit(int index) {
        return !finished && failures[index] != null && attempts[index] == 0;
    }

    /** Makes a failed leg pending again with its T-flagged copy (same Session-Id and CC-Request-Number). */
    void retransmit(int index, RoRequest copy) {
        if (!mayRetransmit(index)) {
            throw new IllegalStateException("leg " + index + " of " + requests + " cannot be re-sent");
        }
        requests.set(index, copy);
        failures[index] = null;
        attempts[index]++;
        pending++;
    }

    /** Every leg answered or failed for good. */
    boolean isSettled() {
        return !finished && pending == 0;
    }

    /** Applied: nothing more is recorded. */
    void finish() {
        finished = true;
        if (txTimer != null) {
            txTimer.cancel();
        }
    }

    boolean isFinished() {
        return finished;
    }

    /** Index of the first CCR that failed or was not answered with success, or -1. */
    int firstFailure() {
        for (int i = 0; i < answers.length; i++) {
            if (failures[i] != null || !answers[i].resultCode().isSuccess()) {
                return i;
            }
        }
        return -1;
    }

    /** Whether any leg failed (as opposed to being refused by the OCS). */
    boolean hasRoFailure() {
        for (RoFailure failure : failures) {
            if (failure != null) {
                return true;
            }
        }
        return false;
    }

    boolean succeeded(int index) {
        return failures[index] == null && answers[index] != null && answers[index].resultCode().isSuccess();
    }
}
