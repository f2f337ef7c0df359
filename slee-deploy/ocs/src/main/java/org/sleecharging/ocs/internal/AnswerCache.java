package org.sleecharging.ocs.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sleecharging.ocs.CreditControlAnswer;

/** The last answer of each recent session, for replaying retransmissions; bounded, oldest evicted. */
final class AnswerCache {
    private record Last(long requestNumber, CreditControlAnswer answer) {
    }

    private final Map<String, Last> last;

    AnswerCache(int capacity) {
        this.last = new LinkedHashMap<>(1024, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Last> eldest) {
                return size() > capacity;
            }
        };
    }

    CreditControlAnswer find(String sessionId, long requestNumber) {
        Last l = last.get(sessionId);
        return l != null && l.requestNumber == requestNumber ? l.answer : null;
    }

    void put(String sessionId, long requestNumber, CreditControlAnswer answer) {
        last.remove(sessionId);
        last.put(sessionId, new Last(requestNumber, answer));
    }
}
