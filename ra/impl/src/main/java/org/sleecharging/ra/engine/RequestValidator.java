package org.sleecharging.ra.engine;

import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ra.engine.request.ChargingRequest;
import org.sleecharging.ra.engine.request.Operation;
import org.sleecharging.ratype.InvalidAmountException;
import org.sleecharging.ratype.InvalidCurrencyException;
import org.sleecharging.ratype.InvalidVolumeException;
import org.sleecharging.ratype.MethodNotSupportedException;

/**
 * Checks a request's parameters against the SLA before anything changes (TS 29.198-12 §10 SLA,
 * §8.3 exceptions). State-dependent checks (reservation currency, units held) are the session's.
 */
final class RequestValidator {

    private final SlaConfig sla;

    RequestValidator(SlaConfig sla) {
        this.sla = sla;
    }

    void validate(ChargingRequest request) throws InvalidAmountException, InvalidCurrencyException,
            InvalidVolumeException, MethodNotSupportedException {
        Operation operation = request.operation();
        if (operation == Operation.RELEASE) {
            return;
        }
        if (operation.isAmount()) {
            validateAmount(request);
        } else {
            validateVolumes(operation, request.volumes());
        }
    }

    private void validateAmount(ChargingRequest request) throws InvalidAmountException, InvalidCurrencyException,
            MethodNotSupportedException {
        Operation operation = request.operation();
        if (!sla.amountCharging()) {
            throw new MethodNotSupportedException(operation + ": amount charging is switched off by the SLA");
        }
        Money amount = request.amount();
        requireSupported(operation, amount);
        if (amount.isZero()) {
            throw new InvalidAmountException(operation + ": amount " + amount + " is zero");
        }
        if (operation == Operation.RESERVE_AMOUNT) {
            Money minimum = request.minimumAmount();
            requireSupported(operation, minimum);
            if (!minimum.currency().equals(amount.currency())) {
                throw new InvalidCurrencyException(operation + ": minimum " + minimum + " and preferred " + amount
                        + " differ in currency");
            }
            if (minimum.amount().isGreaterThan(amount.amount())) {
                throw new InvalidAmountException(operation + ": minimum " + minimum + " exceeds preferred " + amount);
            }
        }
        AmountRange range = operation.isDebit() ? sla.debitRange(amount.currency())
                : operation.isCredit() ? sla.creditRange(amount.currency()) : null;
        if (range != null && !range.contains(amount.amount())) {
            throw new InvalidAmountException(operation + ": amount " + amount + " is outside the SLA range " + range);
        }
    }

    private void requireSupported(Operation operation, Money money) throws InvalidCurrencyException {
        if (!sla.supports(money.currency())) {
            throw new InvalidCurrencyException(operation + ": currency " + money.currency() + " is not supported");
        }
    }

    private void validateVolumes(Operation operation, VolumeSet volumes) throws InvalidVolumeException,
            MethodNotSupportedException {
        if (!sla.unitCharging()) {
            throw new MethodNotSupportedException(operation + ": unit charging is switched off by the SLA");
        }
        for (Volume volume : volumes.volumes()) {
            if (!sla.supports(volume.unit())) {
                throw new InvalidVolumeException(operation + ": unit " + volume.unit() + " is not supported");
            }
            if (volume.isZero()) {
                throw new InvalidVolumeException(operation + ": volume " + volume + " is zero");
            }
        }
    }
}
