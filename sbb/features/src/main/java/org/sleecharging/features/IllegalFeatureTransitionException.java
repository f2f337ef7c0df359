package org.sleecharging.features;

/**
 * A feature received an input its current phase does not expect: a bug in the feature or an
 * event order the SLEE or the charging manager should never produce. Nothing changed. Thrown from
 * an event handler it makes the SLEE roll the transaction back (JSLEE 1.1 §6.9, sbbExceptionThrown).
 */
public final class IllegalFeatureTransitionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String phase;
    private final String input;

    public IllegalFeatureTransitionException(Enum<?> phase, Enum<?> input) {
        super(phase.getDeclaringClass().getSimpleName() + " " + phase + ": input " + input + " not expected");
        this.phase = phase.name();
        this.input = input.name();
    }

    public String getPhase() {
        return phase;
    }

    public String getInput() {
        return input;
    }
}
