package org.sleecharging.ocs;

import java.time.Duration;
import java.util.Objects;

/**
 * A scripted behaviour: a {@link Fault} applied to the next matching CCRs, for one subscriber
 * (Subscription-Id-Data) or for all, optionally only for one CC-Request-Type. Enqueue with
 * {@link OcsSimulator#enqueue(Rule)}; rules are tried in order and each applies {@code times}
 * times (or forever when {@link #always()}).
 */
public record Rule(Fault fault, String subscriber, RequestType requestType, long resultCode, Duration delay,
                   int times) {

    public static final int ALWAYS = -1;

    public Rule {
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(delay, "delay");
        if (times == 0 || times < ALWAYS) {
            throw new IllegalArgumentException("times must be positive or ALWAYS: " + times);
        }
    }

    /** Answer matching requests with {@code resultCode} (e.g. 4010, 5030) and charge nothing. */
    public static Rule answer(long resultCode) {
        return new Rule(Fault.ANSWER_RESULT_CODE, null, null, resultCode, Duration.ZERO, 1);
    }

    public static Rule delay(Duration delay) {
        return new Rule(Fault.DELAY_ANSWER, null, null, 0, delay, 1);
    }

    public static Rule dropAnswer() {
        return new Rule(Fault.DROP_ANSWER, null, null, 0, Duration.ZERO, 1);
    }

    public static Rule closeConnection() {
        return new Rule(Fault.CLOSE_CONNECTION, null, null, 0, Duration.ZERO, 1);
    }

    public Rule forSubscriber(String subscriptionIdData) {
        return new Rule(fault, subscriptionIdData, requestType, resultCode, delay, times);
    }

    public Rule forRequestType(RequestType type) {
        return new Rule(fault, subscriber, type, resultCode, delay, times);
    }

    public Rule times(int n) {
        return new Rule(fault, subscriber, requestType, resultCode, delay, n);
    }

    public Rule always() {
        return new Rule(fault, subscriber, requestType, resultCode, delay, ALWAYS);
    }

    boolean matches(CreditControlRequest r) {
        return (subscriber == null || subscriber.equals(r.subscriber()))
                && (requestType == null || requestType == r.requestType());
    }
}
