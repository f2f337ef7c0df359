package org.sleecharging.events.value;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** An ordered set of charging parameters with distinct ids (TS 29.198-12 TpChargingParameterSet). */
public final class ChargingParameters implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final ChargingParameters NONE = new ChargingParameters(Collections.<ChargingParameter>emptyList());

    private final List<ChargingParameter> parameters;

    private ChargingParameters(List<ChargingParameter> parameters) {
        this.parameters = parameters;
    }

    public static ChargingParameters of(ChargingParameter... parameters) {
        return of(Arrays.asList(Objects.requireNonNull(parameters, "parameters")));
    }

    /** Throws IllegalArgumentException if an id appears twice. */
    public static ChargingParameters of(List<ChargingParameter> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        Set<Integer> ids = new HashSet<Integer>();
        List<ChargingParameter> copy = new ArrayList<ChargingParameter>(parameters.size());
        for (ChargingParameter parameter : parameters) {
            Objects.requireNonNull(parameter, "charging parameter in " + parameters);
            if (!ids.add(parameter.id())) {
                throw new IllegalArgumentException("charging parameter id " + parameter.id() + " appears twice");
            }
            copy.add(parameter);
        }
        return copy.isEmpty() ? NONE : new ChargingParameters(Collections.unmodifiableList(copy));
    }

    public List<ChargingParameter> asList() {
        return parameters;
    }

    public Optional<ChargingParameter> get(int id) {
        for (ChargingParameter parameter : parameters) {
            if (parameter.id() == id) {
                return Optional.of(parameter);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChargingParameters && parameters.equals(((ChargingParameters) o).parameters);
    }

    @Override
    public int hashCode() {
        return parameters.hashCode();
    }

    @Override
    public String toString() {
        return parameters.toString();
    }
}
