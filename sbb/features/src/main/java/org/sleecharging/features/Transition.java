package org.sleecharging.features;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One row of a feature's transition table: the phase the feature moves to and the actions it
 * takes, in order. Immutable.
 *
 * @param <P> the feature's phase enum
 * @param <A> the feature's action enum
 */
public final class Transition<P extends Enum<P>, A extends Enum<A>> {
    private final P next;
    private final List<A> actions;

    private Transition(P next, List<A> actions) {
        this.next = Objects.requireNonNull(next, "next");
        this.actions = actions;
    }

    @SafeVarargs
    public static <P extends Enum<P>, A extends Enum<A>> Transition<P, A> to(P next, A... actions) {
        return new Transition<P, A>(next, Collections.unmodifiableList(Arrays.asList(actions.clone())));
    }

    public P next() {
        return next;
    }

    public List<A> actions() {
        return actions;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Transition)) {
            return false;
        }
        Transition<?, ?> t = (Transition<?, ?>) o;
        return next == t.next && actions.equals(t.actions);
    }

    @Override
    public int hashCode() {
        return 31 * next.hashCode() + actions.hashCode();
    }

    @Override
    public String toString() {
        return "-> " + next + " " + actions;
    }
}
