package org.sleecharging.ra.engine.request;

import java.io.Serializable;
import java.util.Objects;

import org.sleecharging.events.value.ApplicationDescription;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.VolumeSet;

/**
 * A numbered request with all its parameters, so that a retry can be recognised: a retry must
 * carry the same number and an equal request (DESIGN.md "Request numbers"). Fields an operation
 * does not use are null (money, minimum, volumes) or defaults.
 */
public final class ChargingRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Operation operation;
    private final ApplicationDescription description;
    private final ChargingParameters parameters;
    private final Money amount;
    private final Money minimumAmount;
    private final VolumeSet volumes;
    private final boolean closeReservation;

    private ChargingRequest(Operation operation, ApplicationDescription description, ChargingParameters parameters,
            Money amount, Money minimumAmount, VolumeSet volumes, boolean closeReservation) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.description = Objects.requireNonNull(description, "application description");
        this.parameters = Objects.requireNonNull(parameters, "charging parameters");
        this.amount = amount;
        this.minimumAmount = minimumAmount;
        this.volumes = volumes;
        this.closeReservation = closeReservation;
        if (operation.isAmount()) {
            Objects.requireNonNull(amount, "amount of " + operation);
        } else if (operation != Operation.RELEASE) {
            Objects.requireNonNull(volumes, "volumes of " + operation);
        }
    }

    public static ChargingRequest reserveAmount(ApplicationDescription description, ChargingParameters parameters,
            Money preferred, Money minimum) {
        return new ChargingRequest(Operation.RESERVE_AMOUNT, description, parameters, preferred,
                Objects.requireNonNull(minimum, "minimum amount"), null, false);
    }

    public static ChargingRequest reserveUnit(ApplicationDescription description, ChargingParameters parameters,
            VolumeSet volumes) {
        return new ChargingRequest(Operation.RESERVE_UNIT, description, parameters, null, null, volumes, false);
    }

    /** DEBIT_AMOUNT or CREDIT_AMOUNT against the reservation. */
    public static ChargingRequest againstReservation(Operation operation, ApplicationDescription description, Money amount,
            boolean closeReservation) {
        return new ChargingRequest(operation, description, ChargingParameters.NONE, amount, null, null, closeReservation);
    }

    /** DEBIT_UNIT or CREDIT_UNIT against the reservation. */
    public static ChargingRequest againstReservation(Operation operation, ApplicationDescription description,
            VolumeSet volumes, boolean closeReservation) {
        return new ChargingRequest(operation, description, ChargingParameters.NONE, null, null, volumes, closeReservation);
    }

    /** DIRECT_DEBIT_AMOUNT or DIRECT_CREDIT_AMOUNT. */
    public static ChargingRequest direct(Operation operation, ApplicationDescription description,
            ChargingParameters parameters, Money amount) {
        return new ChargingRequest(operation, description, parameters, amount, null, null, false);
    }

    /** DIRECT_DEBIT_UNIT or DIRECT_CREDIT_UNIT. */
    public static ChargingRequest direct(Operation operation, ApplicationDescription description,
            ChargingParameters parameters, VolumeSet volumes) {
        return new ChargingRequest(operation, description, parameters, null, null, volumes, false);
    }

    public static ChargingRequest release() {
        return new ChargingRequest(Operation.RELEASE, ApplicationDescription.NONE, ChargingParameters.NONE, null, null,
                null, false);
    }

    public Operation operation() {
        return operation;
    }

    public ApplicationDescription description() {
        return description;
    }

    public ChargingParameters parameters() {
        return parameters;
    }

    /** The amount (preferred amount for a reservation); null for unit operations. */
    public Money amount() {
        return amount;
    }

    /** Null except for RESERVE_AMOUNT. */
    public Money minimumAmount() {
        return minimumAmount;
    }

    /** Null for amount operations. */
    public VolumeSet volumes() {
        return volumes;
    }

    public boolean closeReservation() {
        return closeReservation;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ChargingRequest)) {
            return false;
        }
        ChargingRequest r = (ChargingRequest) o;
        return operation == r.operation && description.equals(r.description) && parameters.equals(r.parameters)
                && Objects.equals(amount, r.amount) && Objects.equals(minimumAmount, r.minimumAmount)
                && Objects.equals(volumes, r.volumes) && closeReservation == r.closeReservation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, description, parameters, amount, minimumAmount, volumes, closeReservation);
    }

    @Override
    public String toString() {
        return operation + "[" + (amount != null ? amount : volumes) + (minimumAmount == null ? "" : ", min " + minimumAmount)
                + (closeReservation ? ", close" : "") + "]";
    }
}
