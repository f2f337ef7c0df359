package org.sleecharging.manager;

import java.io.Serializable;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;

/**
 * The counters of one charging instance: per unit the units granted in total, used in total and
 * still remaining in the reservation; the number of answered credit checks; and the cumulative
 * time spent suspended. Immutable; units are never converted into each other.
 */
public final class SessionCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final SessionCounters EMPTY = new SessionCounters(new EnumMap<Unit, Amount>(Unit.class),
            new EnumMap<Unit, Amount>(Unit.class), new EnumMap<Unit, Amount>(Unit.class), 0, 0L);

    private final EnumMap<Unit, Amount> granted;
    private final EnumMap<Unit, Amount> used;
    private final EnumMap<Unit, Amount> remaining;
    private final int creditChecks;
    private final long suspendedMillis;

    private SessionCounters(EnumMap<Unit, Amount> granted, EnumMap<Unit, Amount> used,
            EnumMap<Unit, Amount> remaining, int creditChecks, long suspendedMillis) {
        this.granted = granted;
        this.used = used;
        this.remaining = remaining;
        this.creditChecks = creditChecks;
        this.suspendedMillis = suspendedMillis;
    }

    /** Total granted in this unit over the instance's life; zero if never granted. */
    public Amount getGranted(Unit unit) {
        return get(granted, unit);
    }

    /** Total used (reported, or measured and not yet reported) in this unit; zero if none. */
    public Amount getUsed(Unit unit) {
        return get(used, unit);
    }

    /** What is left of the current reservation in this unit; zero if none. */
    public Amount getRemaining(Unit unit) {
        return get(remaining, unit);
    }

    /** Every unit that has a non-zero granted, used or remaining counter. */
    public Set<Unit> getUnits() {
        Set<Unit> units = EnumSet.noneOf(Unit.class);
        units.addAll(granted.keySet());
        units.addAll(used.keySet());
        units.addAll(remaining.keySet());
        return Collections.unmodifiableSet(units);
    }

    /** Number of credit checks answered by the OCS (success or not). */
    public int getCreditChecks() {
        return creditChecks;
    }

    /** Cumulative time spent suspended and taken out of the usage (see ChargingInstance#resume). */
    public Duration getSuspendedDuration() {
        return Duration.ofMillis(suspendedMillis);
    }

    public SessionCounters plusGranted(VolumeSet volumes) {
        return new SessionCounters(add(granted, volumes), used, remaining, creditChecks, suspendedMillis);
    }

    public SessionCounters plusUsed(VolumeSet volumes) {
        return new SessionCounters(granted, add(used, volumes), remaining, creditChecks, suspendedMillis);
    }

    /** Takes refunded volumes off the used counters, never below zero. */
    public SessionCounters minusUsed(VolumeSet volumes) {
        EnumMap<Unit, Amount> copy = new EnumMap<Unit, Amount>(used);
        for (Volume volume : volumes.volumes()) {
            put(copy, volume.unit(), getUsed(volume.unit()).minusAtMost(volume.amount()));
        }
        return new SessionCounters(granted, copy, remaining, creditChecks, suspendedMillis);
    }

    /** Replaces the remaining counters by exactly these volumes (units not in the set become zero). */
    public SessionCounters withRemaining(VolumeSet volumes) {
        EnumMap<Unit, Amount> copy = new EnumMap<Unit, Amount>(Unit.class);
        if (volumes != null) {
            for (Volume volume : volumes.volumes()) {
                put(copy, volume.unit(), volume.amount());
            }
        }
        return new SessionCounters(granted, used, copy, creditChecks, suspendedMillis);
    }

    public SessionCounters plusCreditCheck() {
        return new SessionCounters(granted, used, remaining, creditChecks + 1, suspendedMillis);
    }

    public SessionCounters plusSuspended(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("suspended duration " + duration + " is negative");
        }
        return new SessionCounters(granted, used, remaining, creditChecks, suspendedMillis + duration.toMillis());
    }

    private static Amount get(Map<Unit, Amount> counters, Unit unit) {
        Amount amount = counters.get(Objects.requireNonNull(unit, "unit"));
        return amount == null ? Amount.ZERO : amount;
    }

    private static EnumMap<Unit, Amount> add(EnumMap<Unit, Amount> counters, VolumeSet volumes) {
        EnumMap<Unit, Amount> copy = new EnumMap<Unit, Amount>(counters);
        if (volumes != null) {
            for (Volume volume : volumes.volumes()) {
                put(copy, volume.unit(), get(counters, volume.unit()).plus(volume.amount()));
            }
        }
        return copy;
    }

    private static void put(EnumMap<Unit, Amount> counters, Unit unit, Amount amount) {
        if (amount.isZero()) {
            counters.remove(unit);
        } else {
            counters.put(unit, amount);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SessionCounters)) {
            return false;
        }
        SessionCounters c = (SessionCounters) o;
        return granted.equals(c.granted) && used.equals(c.used) && remaining.equals(c.remaining)
                && creditChecks == c.creditChecks && suspendedMillis == c.suspendedMillis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(granted, used, remaining, creditChecks, suspendedMillis);
    }

    @Override
    public String toString() {
        return "SessionCounters[granted=" + granted + ", used=" + used + ", remaining=" + remaining
                + ", creditChecks=" + creditChecks + ", suspended=" + getSuspendedDuration() + "]";
    }
}
