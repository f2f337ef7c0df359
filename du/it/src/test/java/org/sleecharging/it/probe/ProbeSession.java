package org.sleecharging.it.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sleecharging.container.EmbeddedSlee;
import org.sleecharging.events.RequestOutcome;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ratype.ChargingException;

/**
 * One charging session driven through a probe SBB entity. Commands go out as events on the
 * session's own test activity; {@link #expect} returns the records that came back, in arrival
 * order per type. The request number for the next request is tracked from the session's creation
 * and every {@link RequestOutcome} taken with {@link #expect}.
 */
public final class ProbeSession implements AutoCloseable {

    private final ChargingProbe probe;
    private final String key;
    private final EmbeddedSlee.TestActivity activity;
    private final BlockingQueue<byte[]> inbox;
    private final Duration timeout;
    private final List<Object> unread = new ArrayList<>();
    private final List<Object> history = new ArrayList<>();
    private CommandOutcome opening;
    private int nextRequestNumber;
    private boolean closed;

    ProbeSession(ChargingProbe probe, String key, EmbeddedSlee.TestActivity activity,
            BlockingQueue<byte[]> inbox, Duration timeout) {
        this.probe = probe;
        this.key = key;
        this.activity = activity;
        this.inbox = inbox;
        this.timeout = timeout;
    }

    void opening(ProbeCommand command) {
        opening = send(command);
        nextRequestNumber = opening.nextRequestNumber();
    }

    /** The outcome of creating (or recreating) the session. */
    public CommandOutcome openingOutcome() {
        return opening;
    }

    /** The session's id; fails if the RA refused to create it. */
    public ChargingSessionId id() {
        if (opening.sessionId() == null) {
            throw new AssertionError("no charging session: " + opening);
        }
        return opening.sessionId();
    }

    /** The request number the next numbered request must carry, as the RA last said. */
    public int next() {
        return nextRequestNumber;
    }

    /** Sends a command and returns its synchronous outcome; an unchecked failure fails the test. */
    public CommandOutcome send(ProbeCommand command) {
        probe.fire(activity, key, command);
        CommandOutcome outcome = take(CommandOutcome.class, o -> o.commandId().equals(command.id()),
                "the outcome of " + command);
        if (outcome.failure() != null) {
            throw new AssertionError(command + " failed in the probe SBB or the RA: " + outcome.failure());
        }
        return outcome;
    }

    /** Sends a command the RA must accept (an event follows). */
    public ProbeSession accept(ProbeCommand command) {
        CommandOutcome outcome = send(command);
        if (outcome.isRefused()) {
            throw new AssertionError(command + " was refused: " + outcome.refusal());
        }
        return this;
    }

    /** Sends a command the RA must refuse; returns the Parlay exception. */
    public ChargingException refuse(ProbeCommand command) {
        CommandOutcome outcome = send(command);
        if (!outcome.isRefused()) {
            throw new AssertionError(command + " was not refused: " + outcome);
        }
        return outcome.refusal();
    }

    /** The next record of {@code type} (the oldest not yet taken), waiting for it if needed. */
    public <T> T expect(Class<T> type) {
        T record = take(type, r -> true, "a " + type.getSimpleName());
        if (record instanceof RequestOutcome o) {
            nextRequestNumber = o.getNextRequestNumber();
        }
        return record;
    }

    /** Whether a record of {@code type} is waiting right now (no wait). */
    public boolean has(Class<?> type) {
        drain();
        return unread.stream().anyMatch(type::isInstance);
    }

    /** Everything recorded so far, in arrival order, taken or not. */
    public List<Object> history() {
        drain();
        return List.copyOf(history);
    }

    private <T> T take(Class<T> type, java.util.function.Predicate<T> match, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            drain();
            for (Iterator<Object> it = unread.iterator(); it.hasNext(); ) {
                Object r = it.next();
                if (type.isInstance(r) && match.test(type.cast(r))) {
                    it.remove();
                    return type.cast(r);
                }
            }
            long left = deadline - System.nanoTime();
            byte[] next;
            try {
                next = left > 0 ? inbox.poll(left, TimeUnit.NANOSECONDS) : null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
            if (next == null) {
                throw new AssertionError("no " + what + " within " + timeout + " on " + key
                        + "; unread: " + unread);
            }
            add(ProbeWire.deserialize(next));
        }
    }

    private void drain() {
        for (byte[] r = inbox.poll(); r != null; r = inbox.poll()) {
            add(ProbeWire.deserialize(r));
        }
    }

    private void add(Object record) {
        unread.add(record);
        history.add(record);
    }

    /** Ends the test activity; the SBB entity goes once the charging activity has ended too. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            activity.end();
        }
    }
}
