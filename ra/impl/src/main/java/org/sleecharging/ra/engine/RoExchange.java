package org.sleecharging.ra.engine;

import java.util.List;

import org.sleecharging.ra.engine.Scheduler.Cancellable;
import org.sleecharging.ra.engine.request.ChargingRequest;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoRequest;

/**
 * CCRs sent for one request (one per leg) and their answers. Complete when every CCR was answered
 * or failed, or when the Tx timer fired; later answers are ignored (RFC 4006 §13 Tx timer). Guarded
 * by the session's lock.
 */
final class RoExchange {

    /** What the exchange is for; decides how answers are applied. */
    enum Kind {
        NUMBERED, RATE, USAGE_REPORT
    }

    final Kind kind;
    final int requestNumber;
    final ChargingRequest request;
    final List<RoRequest> requests;
    final RoAnswer[] answers;
    final String[] failures;
    private int remaining;
    private boolean done;
    Cancellable txTimer;

    RoExchange(Kind kind, int requestNumber, ChargingRequest request, List<RoRequest> requests) {
        this.kind = kind;
        this.requestNumber = requestNumber;
        this.request = request;
        this.requests = requests;
        this.answers = new RoAnswer[requests.size()];
        this.failures = new String[requests.size()];
        this.remaining = requests.size();
    }

    /** Records one answer or failure; true when this completed the exchange. */
    boolean record(int index, RoAnswer answer, String failure) {
        if (done || answers[index] != null || failures[index] != null) {
            return false;
        }
        answers[index] = answer;
        failures[index] = failure;
        remaining--;
        if (remaining == 0) {
            done = true;
        }
        return done;
    }

    /** The Tx timer fired: every missing answer counts as failed; true if that completed the exchange. */
    boolean timeOut(String reason) {
        if (done) {
            return false;
        }
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] == null && failures[i] == null) {
                failures[i] = reason;
            }
        }
        remaining = 0;
        done = true;
        return true;
    }

    boolean isDone() {
        return done;
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
}
