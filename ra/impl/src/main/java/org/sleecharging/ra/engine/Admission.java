package org.sleecharging.ra.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import org.sleecharging.ratype.TaskRefusedException;

/** The SLA's session limits (TS 29.198-12 §10): parallel sessions and sessions created per sliding hour. */
final class Admission {

    private static final Duration HOUR = Duration.ofHours(1);

    private final SlaConfig sla;
    private final Clock clock;
    private final Deque<Instant> createdLastHour = new ArrayDeque<Instant>();

    Admission(SlaConfig sla, Clock clock) {
        this.sla = sla;
        this.clock = clock;
    }

    synchronized void admit(int liveSessions) throws TaskRefusedException {
        if (liveSessions >= sla.maxParallelSessions()) {
            throw new TaskRefusedException("the SLA allows " + sla.maxParallelSessions() + " parallel sessions");
        }
        Instant now = clock.instant();
        while (!createdLastHour.isEmpty() && !createdLastHour.peekFirst().isAfter(now.minus(HOUR))) {
            createdLastHour.pollFirst();
        }
        if (createdLastHour.size() >= sla.maxSessionsPerHour()) {
            throw new TaskRefusedException("the SLA allows " + sla.maxSessionsPerHour() + " sessions per hour");
        }
        createdLastHour.addLast(now);
    }
}
