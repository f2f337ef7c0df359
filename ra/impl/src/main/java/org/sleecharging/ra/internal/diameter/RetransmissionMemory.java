package org.sleecharging.ra.internal.diameter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * End-to-End Identifiers of requests that got no answer, kept after their session was released so
 * that a retransmission on a recreated session still carries the original identifier (RFC 6733
 * §3, RFC 4006 §5.7). Bounded: the oldest entries go first.
 */
final class RetransmissionMemory {
    private final Map<String, long[]> lastBySession;

    RetransmissionMemory(final int capacity) {
        this.lastBySession = new LinkedHashMap<String, long[]>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void remember(String sessionId, long ccRequestNumber, long endToEnd) {
        lastBySession.put(sessionId, new long[] {ccRequestNumber, endToEnd});
    }

    /** The {number, End-to-End id} of the session's unanswered request, or null; forgets it. */
    synchronized long[] take(String sessionId) {
        return lastBySession.remove(sessionId);
    }
}
