package org.sleecharging.ocs;

/**
 * What a scripted {@link Rule} does to a matching CCR. Faults that {@link #charges() charge}
 * let the engine process the request (the ledger moves) and then interfere with the answer,
 * which is what a real lost answer looks like to the client; the others never reach the engine.
 */
public enum Fault {
    /** Answer with the rule's Result-Code; balances and ledger are untouched. */
    ANSWER_RESULT_CODE(false),
    /** Process normally, send the answer after the rule's delay. */
    DELAY_ANSWER(true),
    /** Process normally, never send the answer: exercises the client's Tx timer (RFC 4006 §13). */
    DROP_ANSWER(true),
    /** Process normally, then close the transport connection to the client instead of answering. */
    CLOSE_CONNECTION(true);

    private final boolean charges;

    Fault(boolean charges) {
        this.charges = charges;
    }

    public boolean charges() {
        return charges;
    }
}
