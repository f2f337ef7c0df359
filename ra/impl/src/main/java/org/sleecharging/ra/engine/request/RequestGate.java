package org.sleecharging.ra.engine.request;

import java.io.Serializable;

import org.sleecharging.events.RequestOutcome;
import org.sleecharging.ratype.InvalidRequestNumberException;
import org.sleecharging.ratype.TaskRefusedException;

/**
 * Request-number bookkeeping of one session (TS 29.198-12 §8.3 requestNumber, DESIGN.md "Request
 * numbers"). Accepts only the next number, or the last number again with an equal request (a
 * retry). Numbers only grow: after {@link Integer#MAX_VALUE} they wrap to 1, i.e. a number comes
 * back only after 2^31 requests on one session, far beyond any window in which a delayed answer
 * could arrive (bounded by the Tx timer). Not thread-safe: the session's lock guards it.
 */
public final class RequestGate implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What {@link #admit} decided. */
    public enum Verdict {
        /** A new request: carry it out. */
        NEW,
        /** A retry of an answered request: repeat {@link #lastOutcome()}, charge nothing. */
        RETRY_ANSWERED,
        /** A retry of the outstanding request: its answer will come once; charge nothing. */
        RETRY_PENDING
    }

    private int nextNumber;
    private int lastNumber;
    private ChargingRequest lastRequest;
    private RequestOutcome lastOutcome;
    private boolean outstanding;

    public RequestGate(int firstNumber) {
        if (firstNumber < 1) {
            throw new IllegalArgumentException("first request number " + firstNumber + " is below 1");
        }
        this.nextNumber = firstNumber;
    }

    /** Checks without changing anything; throws if the number or the moment is wrong. */
    public Verdict check(int number, ChargingRequest request) throws InvalidRequestNumberException, TaskRefusedException {
        if (lastRequest != null && number == lastNumber) {
            if (!lastRequest.equals(request)) {
                throw new InvalidRequestNumberException("request number " + number + " was used for " + lastRequest
                        + ", not " + request);
            }
            return outstanding ? Verdict.RETRY_PENDING : Verdict.RETRY_ANSWERED;
        }
        if (number != nextNumber) {
            throw new InvalidRequestNumberException("request number " + number + " is "
                    + (isStale(number) ? "stale" : "not yet valid") + ": expected " + nextNumber
                    + (lastRequest == null ? "" : " or a retry of " + lastNumber));
        }
        if (outstanding) {
            throw new TaskRefusedException("request " + lastNumber + " (" + lastRequest.operation()
                    + ") is still outstanding: one request at a time");
        }
        return Verdict.NEW;
    }

    private boolean isStale(int number) {
        return number < nextNumber;
    }

    /** Records a NEW request as outstanding and moves the next number on. */
    public void accept(int number, ChargingRequest request) {
        lastNumber = number;
        lastRequest = request;
        lastOutcome = null;
        outstanding = true;
        nextNumber = number == Integer.MAX_VALUE ? 1 : number + 1;
    }

    /** The outstanding request was answered. */
    public void complete(RequestOutcome outcome) {
        if (!outstanding || outcome.getRequestNumber() != lastNumber) {
            throw new IllegalStateException("outcome " + outcome + " does not answer outstanding request " + lastNumber);
        }
        lastOutcome = outcome;
        outstanding = false;
    }

    public boolean isOutstanding() {
        return outstanding;
    }

    public int nextNumber() {
        return nextNumber;
    }

    public int lastNumber() {
        return lastNumber;
    }

    /** Null while the last request is outstanding or before the first request. */
    public RequestOutcome lastOutcome() {
        return lastOutcome;
    }

    public ChargingRequest lastRequest() {
        return lastRequest;
    }

    /** A copy for snapshots. */
    public RequestGate copy() {
        RequestGate copy = new RequestGate(nextNumber);
        copy.lastNumber = lastNumber;
        copy.lastRequest = lastRequest;
        copy.lastOutcome = lastOutcome;
        copy.outstanding = outstanding;
        return copy;
    }
}
