package org.sleecharging.features;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A feature's transition table: (phase, input) to {@link Transition}. Built once in a static
 * initialiser with {@link #on}; a pair without a row is illegal and throws
 * {@link IllegalFeatureTransitionException}.
 */
public final class TransitionTable<P extends Enum<P>, I extends Enum<I>, A extends Enum<A>> {
    private final Class<I> inputType;
    private final Map<P, Map<I, Transition<P, A>>> rows;

    public TransitionTable(Class<P> phaseType, Class<I> inputType) {
        this.inputType = inputType;
        this.rows = new EnumMap<P, Map<I, Transition<P, A>>>(phaseType);
    }

    /** Adds the row (from, input); throws IllegalArgumentException if it is there already. */
    @SafeVarargs
    public final TransitionTable<P, I, A> on(P from, I input, P next, A... actions) {
        Map<I, Transition<P, A>> row = rows.get(from);
        if (row == null) {
            row = new EnumMap<I, Transition<P, A>>(inputType);
            rows.put(from, row);
        }
        if (row.put(input, Transition.to(next, actions)) != null) {
            throw new IllegalArgumentException("row " + from + " + " + input + " defined twice");
        }
        return this;
    }

    /** The same row for every input given: {@code from} + each input stays or moves to {@code next}. */
    @SafeVarargs
    public final TransitionTable<P, I, A> ignore(P from, I... inputs) {
        for (I input : inputs) {
            on(from, input, from);
        }
        return this;
    }

    public Transition<P, A> next(P from, I input) {
        Map<I, Transition<P, A>> row = rows.get(from);
        Transition<P, A> t = row == null ? null : row.get(input);
        if (t == null) {
            throw new IllegalFeatureTransitionException(from, input);
        }
        return t;
    }

    /** Whether (from, input) has a row. */
    public boolean allows(P from, I input) {
        Map<I, Transition<P, A>> row = rows.get(from);
        return row != null && row.containsKey(input);
    }

    /** The rows of one phase, for tests and documentation. */
    public Map<I, Transition<P, A>> row(P from) {
        Map<I, Transition<P, A>> row = rows.get(from);
        return row == null ? Collections.<I, Transition<P, A>>emptyMap() : Collections.unmodifiableMap(row);
    }
}
