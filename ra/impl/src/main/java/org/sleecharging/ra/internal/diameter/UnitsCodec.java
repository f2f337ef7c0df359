package org.sleecharging.ra.internal.diameter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jdiameter.api.Avp;
import org.jdiameter.api.AvpDataException;
import org.jdiameter.api.AvpSet;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ra.engine.ro.ServiceUnits;

/**
 * Requested-, Used- and Granted-Service-Unit content (RFC 4006 §8.17–§8.26). Money is CC-Money;
 * time volumes are summed into one CC-Time in seconds (the wire has no minutes), octets are
 * CC-Total-Octets, numbers CC-Service-Specific-Units. The session's books keep the units as
 * booked: a granted CC-Time is split back over the time units that were requested.
 */
final class UnitsCodec {
    private static final BigInteger MAX_UNSIGNED32 = BigInteger.valueOf(0xFFFFFFFFL);
    private static final BigInteger MAX_UNSIGNED64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private UnitsCodec() {
    }

    /** Writes {@code units} into a service-unit group; IllegalArgumentException if a value does not fit the wire. */
    static void encode(AvpSet group, ServiceUnits units) {
        if (units.money() != null) {
            MoneyCodec.encode(group.addGroupedAvp(RoAvps.CC_MONEY, true, false), units.money());
            return;
        }
        if (units.volumes() == null) {
            return; // an empty group: the OCS chooses the quota (RFC 4006 §5.1.1)
        }
        BigDecimal seconds = null;
        for (Volume volume : units.volumes().volumes()) {
            if (volume.unit().isTime()) {
                BigDecimal s = volume.amount().toBigDecimal().multiply(BigDecimal.valueOf(secondsPer(volume.unit())));
                seconds = seconds == null ? s : seconds.add(s);
            }
        }
        if (seconds != null) {
            group.addAvp(RoAvps.CC_TIME, wholeNumber(seconds, MAX_UNSIGNED32, "CC-Time", units).longValue(), true, false, true);
        }
        for (Volume volume : units.volumes().volumes()) {
            if (volume.unit() == Unit.OCTETS) {
                group.addAvp(RoAvps.CC_TOTAL_OCTETS, unsigned64(volume, units), true, false);
            } else if (volume.unit() == Unit.NUMBER) {
                group.addAvp(RoAvps.CC_SERVICE_SPECIFIC_UNITS, unsigned64(volume, units), true, false);
            }
        }
    }

    /**
     * Reads a Granted-Service-Unit. A CC-Time is given back in the time units of {@code requested},
     * filling them in request order; seconds that do not make a whole unit of a coarser unit are
     * not granted to it (the client never assumes more than the OCS granted).
     */
    static ServiceUnits decodeGranted(AvpSet group, ServiceUnits requested) throws AvpDataException {
        Avp money = group.getAvp(RoAvps.CC_MONEY);
        if (money != null) {
            return ServiceUnits.of(MoneyCodec.decode(money.getGrouped()));
        }
        List<Volume> volumes = new ArrayList<Volume>();
        Avp time = group.getAvp(RoAvps.CC_TIME);
        if (time != null) {
            volumes.addAll(splitSeconds(BigDecimal.valueOf(time.getUnsigned32()), requestedTime(requested)));
        }
        Avp octets = group.getAvp(RoAvps.CC_TOTAL_OCTETS);
        if (octets != null) {
            volumes.add(Volume.of(unsigned64(octets), Unit.OCTETS));
        }
        Avp number = group.getAvp(RoAvps.CC_SERVICE_SPECIFIC_UNITS);
        if (number != null) {
            volumes.add(Volume.of(unsigned64(number), Unit.NUMBER));
        }
        return volumes.isEmpty() ? ServiceUnits.NONE : ServiceUnits.of(VolumeSet.of(volumes));
    }

    static List<Volume> splitSeconds(BigDecimal granted, List<Volume> requestedTime) {
        List<Volume> result = new ArrayList<Volume>();
        if (requestedTime.isEmpty()) {
            result.add(Volume.of(Amount.valueOf(granted), Unit.SECONDS));
            return result;
        }
        BigDecimal left = granted;
        BigDecimal[] given = new BigDecimal[requestedTime.size()];
        for (int i = 0; i < given.length; i++) {
            Volume asked = requestedTime.get(i);
            BigDecimal factor = BigDecimal.valueOf(secondsPer(asked.unit()));
            BigDecimal askedSeconds = asked.amount().toBigDecimal().multiply(factor);
            given[i] = askedSeconds.compareTo(left) <= 0 ? asked.amount().toBigDecimal()
                    : left.divide(factor, 0, RoundingMode.FLOOR);
            left = left.subtract(given[i].multiply(factor));
        }
        int finest = finestIndex(requestedTime);
        given[finest] = given[finest].add(left.divide(BigDecimal.valueOf(secondsPer(requestedTime.get(finest).unit())), 0,
                RoundingMode.FLOOR));
        for (int i = 0; i < given.length; i++) {
            result.add(Volume.of(Amount.valueOf(given[i]), requestedTime.get(i).unit()));
        }
        return result;
    }

    private static int finestIndex(List<Volume> time) {
        int finest = 0;
        for (int i = 1; i < time.size(); i++) {
            if (secondsPer(time.get(i).unit()) < secondsPer(time.get(finest).unit())) {
                finest = i;
            }
        }
        return finest;
    }

    private static List<Volume> requestedTime(ServiceUnits requested) {
        List<Volume> time = new ArrayList<Volume>();
        if (requested.volumes() != null) {
            for (Volume volume : requested.volumes().volumes()) {
                if (volume.unit().isTime()) {
                    time.add(volume);
                }
            }
        }
        return time;
    }

    static long secondsPer(Unit unit) {
        switch (unit) {
            case SECONDS:
                return 1;
            case MINUTES:
                return 60;
            case HOURS:
                return 3600;
            case DAYS:
                return 86400;
            default:
                throw new IllegalArgumentException(unit + " is not a time unit");
        }
    }

    private static long unsigned64(Volume volume, ServiceUnits units) {
        return wholeNumber(volume.amount().toBigDecimal(), MAX_UNSIGNED64, volume.unit() == Unit.OCTETS
                ? "CC-Total-Octets" : "CC-Service-Specific-Units", units).longValue();
    }

    private static Amount unsigned64(Avp avp) throws AvpDataException {
        long raw = avp.getUnsigned64();
        BigInteger value = raw >= 0 ? BigInteger.valueOf(raw) : BigInteger.valueOf(raw).add(BigInteger.ONE.shiftLeft(64));
        try {
            return Amount.valueOf(new BigDecimal(value));
        } catch (IllegalArgumentException e) {
            throw new AvpDataException("AVP " + avp.getCode() + " value " + value + " does not fit an Amount", e);
        }
    }

    private static BigInteger wholeNumber(BigDecimal value, BigInteger max, String avp, ServiceUnits units) {
        BigInteger whole;
        try {
            whole = value.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(avp + " must be a whole number but " + units + " gives "
                    + value.toPlainString() + " (RFC 4006 §8.21-§8.26)", e);
        }
        if (whole.compareTo(max) > 0) {
            throw new IllegalArgumentException(avp + " " + whole + " of " + units + " exceeds the AVP's range");
        }
        return whole;
    }
}
