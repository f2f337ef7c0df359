package org.sleecharging.events.value;

import java.io.Serializable;
import java.util.Objects;

/** The price of a volume, as returned by rating (TS 29.198-12 TpPriceVolume). */
public final class PriceVolume implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Money price;
    private final Volume volume;

    private PriceVolume(Money price, Volume volume) {
        this.price = price;
        this.volume = volume;
    }

    public static PriceVolume of(Money price, Volume volume) {
        return new PriceVolume(Objects.requireNonNull(price, "price"), Objects.requireNonNull(volume, "volume"));
    }

    public Money price() {
        return price;
    }

    public Volume volume() {
        return volume;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PriceVolume)) {
            return false;
        }
        PriceVolume p = (PriceVolume) o;
        return price.equals(p.price) && volume.equals(p.volume);
    }

    @Override
    public int hashCode() {
        return 31 * price.hashCode() + volume.hashCode();
    }

    @Override
    public String toString() {
        return price + " per " + volume;
    }
}
