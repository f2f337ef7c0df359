package org.sleecharging.ra.engine.ro;

import java.io.Serializable;
import java.util.Objects;

import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.VolumeSet;

/**
 * Requested, granted or used service units of one MSCC (RFC 4006 §8.17–§8.19): money
 * (CC-Money), volumes (CC-Time, CC-Total-Octets, CC-Service-Specific-Units), or nothing. The
 * wire mapping converts time units to seconds for CC-Time; these values keep the unit as booked.
 */
public final class ServiceUnits implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final ServiceUnits NONE = new ServiceUnits(null, null);

    private final Money money;
    private final VolumeSet volumes;

    private ServiceUnits(Money money, VolumeSet volumes) {
        this.money = money;
        this.volumes = volumes;
    }

    public static ServiceUnits of(Money money) {
        return new ServiceUnits(Objects.requireNonNull(money, "money"), null);
    }

    public static ServiceUnits of(VolumeSet volumes) {
        return new ServiceUnits(null, Objects.requireNonNull(volumes, "volumes"));
    }

    /** Null unless these are money units. */
    public Money money() {
        return money;
    }

    /** Null unless these are volume units. */
    public VolumeSet volumes() {
        return volumes;
    }

    public boolean isNone() {
        return money == null && volumes == null;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ServiceUnits)) {
            return false;
        }
        ServiceUnits s = (ServiceUnits) o;
        return Objects.equals(money, s.money) && Objects.equals(volumes, s.volumes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(money, volumes);
    }

    @Override
    public String toString() {
        return money != null ? money.toString() : volumes != null ? volumes.toString() : "none";
    }
}
