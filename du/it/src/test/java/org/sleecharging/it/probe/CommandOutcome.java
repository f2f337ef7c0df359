package org.sleecharging.it.probe;

import java.io.Serializable;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ratype.ChargingException;

/**
 * What a probe command did synchronously: accepted (an event follows), refused with the Parlay
 * exception the RA threw (nothing changed), or answered with a value (session opened, amount or
 * units or lifetime left).
 */
public final class CommandOutcome implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String commandId;
    private final ProbeCommand.Op op;
    private final ChargingException refusal;
    private final ChargingSessionId sessionId;
    private final int nextRequestNumber;
    private final Serializable value;
    private String failure;

    private CommandOutcome(ProbeCommand command, ChargingException refusal, ChargingSessionId sessionId,
            int nextRequestNumber, Serializable value) {
        this.commandId = command.id();
        this.op = command.op();
        this.refusal = refusal;
        this.sessionId = sessionId;
        this.nextRequestNumber = nextRequestNumber;
        this.value = value;
    }

    static CommandOutcome accepted(ProbeCommand command) {
        return new CommandOutcome(command, null, null, 0, null);
    }

    static CommandOutcome refused(ProbeCommand command, ChargingException e) {
        return new CommandOutcome(command, e, null, 0, null);
    }

    /** The SBB or RA failed with an unchecked exception: a bug the test should report. */
    static CommandOutcome failed(ProbeCommand command, RuntimeException e) {
        CommandOutcome o = new CommandOutcome(command, null, null, 0, null);
        StringBuilder text = new StringBuilder(e.toString());
        for (StackTraceElement frame : e.getStackTrace()) {
            text.append("\n\tat ").append(frame);
        }
        o.failure = text.toString();
        return o;
    }

    static CommandOutcome opened(ProbeCommand command, ChargingSessionId id, int nextRequestNumber) {
        return new CommandOutcome(command, null, id, nextRequestNumber, null);
    }

    static CommandOutcome value(ProbeCommand command, Serializable value) {
        return new CommandOutcome(command, null, null, 0, value);
    }

    public String commandId() {
        return commandId;
    }

    public ProbeCommand.Op op() {
        return op;
    }

    /** The unchecked exception (with its stack) the command ended with, or null. */
    public String failure() {
        return failure;
    }

    public boolean isRefused() {
        return refusal != null;
    }

    /** The Parlay exception the RA threw, or null. */
    public ChargingException refusal() {
        return refusal;
    }

    /** For OPEN/RECREATE: the session's id, else null. */
    public ChargingSessionId sessionId() {
        return sessionId;
    }

    /** For OPEN/RECREATE: {@code getNextRequestNumber()} right after creation. */
    public int nextRequestNumber() {
        return nextRequestNumber;
    }

    /** For AMOUNT_LEFT, UNIT_LEFT, LIFETIME_LEFT: the value returned. */
    public Serializable value() {
        return value;
    }

    @Override
    public String toString() {
        return op + (failure != null ? " FAILED: " + failure : refusal != null ? " refused: " + refusal.getMessage()
                : sessionId != null ? " opened " + sessionId + " next=" + nextRequestNumber
                : value != null ? " = " + value : " accepted");
    }
}
