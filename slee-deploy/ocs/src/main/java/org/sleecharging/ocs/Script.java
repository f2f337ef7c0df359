package org.sleecharging.ocs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The enqueued rules; each match uses up one of the rule's times. */
final class Script {
    private static final class Armed {
        final Rule rule;
        int left;

        Armed(Rule rule) {
            this.rule = rule;
            this.left = rule.times();
        }
    }

    private final List<Armed> rules = new ArrayList<>();
    /** Mirrors {@code rules.isEmpty()} so that a request with nothing scripted takes no lock. */
    private volatile boolean empty = true;

    synchronized void enqueue(Rule rule) {
        rules.add(new Armed(rule));
        empty = false;
    }

    synchronized void clear() {
        rules.clear();
        empty = true;
    }

    synchronized boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The first rule matching {@code request}, consumed once; null when none matches. */
    Rule next(CreditControlRequest request) {
        if (empty) {
            return null;
        }
        synchronized (this) {
            for (Iterator<Armed> it = rules.iterator(); it.hasNext(); ) {
                Armed a = it.next();
                if (a.rule.matches(request)) {
                    if (a.left != Rule.ALWAYS && --a.left == 0) {
                        it.remove();
                        empty = rules.isEmpty();
                    }
                    return a.rule;
                }
            }
            return null;
        }
    }
}
