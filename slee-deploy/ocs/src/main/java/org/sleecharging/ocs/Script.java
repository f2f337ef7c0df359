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

    synchronized void enqueue(Rule rule) {
        rules.add(new Armed(rule));
    }

    synchronized void clear() {
        rules.clear();
    }

    synchronized boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The first rule matching {@code request}, consumed once; null when none matches. */
    synchronized Rule next(CreditControlRequest request) {
        for (Iterator<Armed> it = rules.iterator(); it.hasNext(); ) {
            Armed a = it.next();
            if (a.rule.matches(request)) {
                if (a.left != Rule.ALWAYS && --a.left == 0) {
                    it.remove();
                }
                return a.rule;
            }
        }
        return null;
    }
}
