package org.sleecharging.manager;

import java.io.Serializable;
import java.util.Objects;

import org.sleecharging.events.value.ApplicationDescription;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.VolumeSet;

/**
 * What a charging instance asks the RA for: the units to reserve at each credit reservation (or to
 * debit / refund for an immediate instance), the charging parameters (rating group, service
 * identifier, TS 29.198-12 TpChargingParameterSet) and the bill text. Immutable.
 */
public final class ChargingTerms implements Serializable {
    private static final long serialVersionUID = 1L;

    private final VolumeSet units;
    private final ChargingParameters parameters;
    private final ApplicationDescription description;

    private ChargingTerms(VolumeSet units, ChargingParameters parameters, ApplicationDescription description) {
        this.units = Objects.requireNonNull(units, "units");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.description = Objects.requireNonNull(description, "description");
    }

    /** Terms with no charging parameters and no description. */
    public static ChargingTerms of(VolumeSet units) {
        return new ChargingTerms(units, ChargingParameters.NONE, ApplicationDescription.NONE);
    }

    public ChargingTerms withParameters(ChargingParameters parameters) {
        return new ChargingTerms(units, parameters, description);
    }

    public ChargingTerms withDescription(ApplicationDescription description) {
        return new ChargingTerms(units, parameters, description);
    }

    public VolumeSet getUnits() {
        return units;
    }

    public ChargingParameters getParameters() {
        return parameters;
    }

    public ApplicationDescription getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ChargingTerms)) {
            return false;
        }
        ChargingTerms t = (ChargingTerms) o;
        return units.equals(t.units) && parameters.equals(t.parameters) && description.equals(t.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(units, parameters, description);
    }

    @Override
    public String toString() {
        return "ChargingTerms[" + units + ", " + parameters + ", " + description + "]";
    }
}
