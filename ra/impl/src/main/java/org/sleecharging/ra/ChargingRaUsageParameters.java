package org.sleecharging.ra;

import javax.slee.usage.SampleStatistics;

/**
 * Usage parameters of the charging RA (JSLEE 1.1 §15.5, ch. 11), in the entity's default usage
 * parameter set: Ro traffic by CC-Request-Type and answer class, Tx timer expiries, failovers and
 * answer latency. Counters are {@code increment<Name>}; samples are {@code sample<Name>}.
 */
public interface ChargingRaUsageParameters {

    /** CCR-INITIAL sent (RFC 4006 §8.3). */
    void incrementCcrInitialSent(long delta);

    long getCcrInitialSent();

    /** CCR-UPDATE sent. */
    void incrementCcrUpdateSent(long delta);

    long getCcrUpdateSent();

    /** CCR-TERMINATION sent. */
    void incrementCcrTerminationSent(long delta);

    long getCcrTerminationSent();

    /** CCR-EVENT sent (direct debit/credit, price enquiry). */
    void incrementCcrEventSent(long delta);

    long getCcrEventSent();

    /** CCAs with a 2xxx Result-Code (RFC 6733 §7.1.2). */
    void incrementAnswersSuccess(long delta);

    long getAnswersSuccess();

    /** CCAs with a 3xxx Result-Code (protocol errors, RFC 6733 §7.1.3). */
    void incrementAnswersProtocolError(long delta);

    long getAnswersProtocolError();

    /** CCAs with a 4xxx Result-Code (transient failures, RFC 6733 §7.1.4). */
    void incrementAnswersTransientFailure(long delta);

    long getAnswersTransientFailure();

    /** CCAs with a 5xxx Result-Code (permanent failures, RFC 6733 §7.1.5). */
    void incrementAnswersPermanentFailure(long delta);

    long getAnswersPermanentFailure();

    /** CCAs with an informational or unrecognised Result-Code class. */
    void incrementAnswersOther(long delta);

    long getAnswersOther();

    /** CCRs that could get no answer (peer down, send failure). */
    void incrementAnswersMissing(long delta);

    long getAnswersMissing();

    /** CCRs still unanswered when the RA's Tx timer (RFC 4006 §13) ran out. */
    void incrementTxExpiries(long delta);

    long getTxExpiries();

    /** CCRs re-sent to the other OCS peer with the T flag (RFC 4006 §5.7 failover). */
    void incrementFailovers(long delta);

    long getFailovers();

    /** Events the RA could not fire on a session's activity (the activity was gone). */
    void incrementEventsNotFired(long delta);

    long getEventsNotFired();

    /** Milliseconds from sending a CCR to its CCA. */
    void sampleAnswerLatencyMillis(long millis);

    SampleStatistics getAnswerLatencyMillis();
}
