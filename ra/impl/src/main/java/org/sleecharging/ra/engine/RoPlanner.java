package org.sleecharging.ra.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.ChargingParameter;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ra.engine.ro.ServiceUnits;
import org.sleecharging.ra.engine.split.SplitAllocator;

/**
 * Splits service units between the legs of a session (DESIGN.md "Split charging"): money at the
 * currency's minor unit, volumes at whole units, both by {@link SplitAllocator} so no smallest unit
 * is lost. A single-user session gets the units unchanged.
 */
final class RoPlanner {

    private RoPlanner() {
    }

    /** Weights from {@link ChargingParameter#SPLIT_WEIGHTS}, or null if the parameter is absent. */
    static List<Long> weightsFrom(ChargingParameters parameters, int legs) {
        if (!parameters.get(ChargingParameter.SPLIT_WEIGHTS).isPresent()) {
            return null;
        }
        String text = parameters.get(ChargingParameter.SPLIT_WEIGHTS).get().stringValue();
        List<Long> weights = new ArrayList<Long>();
        for (String part : text.split(",")) {
            long weight;
            try {
                weight = Long.parseLong(part.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("split weight '" + part + "' in '" + text + "' is not an integer", e);
            }
            if (weight <= 0) {
                throw new IllegalArgumentException("split weight " + weight + " in '" + text + "' is not positive");
            }
            weights.add(weight);
        }
        if (weights.size() != legs) {
            throw new IllegalArgumentException("split weights '" + text + "' name " + weights.size() + " users, the session has "
                    + legs);
        }
        return weights;
    }

    static List<Long> equalWeights(int legs) {
        return new ArrayList<Long>(Collections.nCopies(legs, 1L));
    }

    static List<ServiceUnits> split(Money money, List<Long> weights) {
        List<ServiceUnits> shares = new ArrayList<ServiceUnits>(weights.size());
        int minorUnit = Math.max(0, money.currency().getDefaultFractionDigits());
        for (Amount share : SplitAllocator.split(money.amount(), weights, minorUnit)) {
            shares.add(ServiceUnits.of(Money.of(money.currency(), share)));
        }
        return shares;
    }

    static List<ServiceUnits> split(VolumeSet volumes, List<Long> weights) {
        List<List<Volume>> perLeg = new ArrayList<List<Volume>>();
        for (int i = 0; i < weights.size(); i++) {
            perLeg.add(new ArrayList<Volume>());
        }
        for (Volume volume : volumes.volumes()) {
            List<Amount> shares = SplitAllocator.split(volume.amount(), weights, 0);
            for (int i = 0; i < shares.size(); i++) {
                perLeg.get(i).add(Volume.of(shares.get(i), volume.unit()));
            }
        }
        List<ServiceUnits> result = new ArrayList<ServiceUnits>(weights.size());
        for (List<Volume> legVolumes : perLeg) {
            result.add(ServiceUnits.of(VolumeSet.of(legVolumes)));
        }
        return result;
    }

    /** Nothing for every leg, when there is no usage to report. */
    static List<ServiceUnits> none(int legs) {
        return new ArrayList<ServiceUnits>(Collections.nCopies(legs, ServiceUnits.NONE));
    }

    /** Sum of granted money in one currency; legs without a money grant add nothing. */
    static Money sumMoney(Money zero, List<ServiceUnits> granted) {
        Money total = zero;
        for (ServiceUnits units : granted) {
            if (units.money() != null && units.money().currency().equals(zero.currency())) {
                total = total.plus(units.money());
            }
        }
        return total;
    }

    /** Sum per unit of granted volumes, restricted to the units asked for; null if nothing. */
    static VolumeSet sumVolumes(VolumeSet asked, List<ServiceUnits> granted) {
        List<Volume> sums = new ArrayList<Volume>();
        for (Volume volume : asked.volumes()) {
            Amount sum = Amount.ZERO;
            for (ServiceUnits units : granted) {
                if (units.volumes() != null && units.volumes().get(volume.unit()).isPresent()) {
                    sum = sum.plus(units.volumes().get(volume.unit()).get().amount());
                }
            }
            sums.add(Volume.of(sum, volume.unit()));
        }
        return VolumeSet.of(sums);
    }

    /** Per unit: what is left plus what is asked for (the new Requested-Service-Unit, RFC 4006 §5.1.2). */
    static VolumeSet plus(VolumeSet left, VolumeSet asked) {
        List<Volume> result = new ArrayList<Volume>();
        if (left != null) {
            for (Volume volume : left.volumes()) {
                Amount extra = asked.get(volume.unit()).isPresent() ? asked.get(volume.unit()).get().amount() : Amount.ZERO;
                result.add(Volume.of(volume.amount().plus(extra), volume.unit()));
            }
        }
        for (Volume volume : asked.volumes()) {
            if (left == null || !left.get(volume.unit()).isPresent()) {
                result.add(volume);
            }
        }
        return VolumeSet.of(result);
    }

    /** Whether any volume is non-zero. */
    static boolean hasUsage(VolumeSet volumes) {
        return volumes != null && !volumes.isAllZero();
    }
}
