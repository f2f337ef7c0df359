package org.sleecharging.events.value;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A non-empty set of volumes with at most one volume per unit (TS 29.198-12 TpVolumeSet). Units
 * are never converted or consolidated: 2 minutes plus 100 seconds is two volumes. Order is kept.
 */
public final class VolumeSet implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Volume> volumes;

    private VolumeSet(List<Volume> volumes) {
        this.volumes = volumes;
    }

    public static VolumeSet of(Volume... volumes) {
        return of(Arrays.asList(Objects.requireNonNull(volumes, "volumes")));
    }

    /** Throws IllegalArgumentException if empty or if a unit appears twice. */
    public static VolumeSet of(List<Volume> volumes) {
        Objects.requireNonNull(volumes, "volumes");
        if (volumes.isEmpty()) {
            throw new IllegalArgumentException("volume set is empty");
        }
        Set<Unit> seen = EnumSet.noneOf(Unit.class);
        List<Volume> copy = new ArrayList<Volume>(volumes.size());
        for (Volume volume : volumes) {
            Objects.requireNonNull(volume, "volume in " + volumes);
            if (!seen.add(volume.unit())) {
                throw new IllegalArgumentException("volume set " + volumes + " holds unit " + volume.unit() + " twice");
            }
            copy.add(volume);
        }
        return new VolumeSet(Collections.unmodifiableList(copy));
    }

    public List<Volume> volumes() {
        return volumes;
    }

    public Set<Unit> units() {
        Set<Unit> units = EnumSet.noneOf(Unit.class);
        for (Volume volume : volumes) {
            units.add(volume.unit());
        }
        return units;
    }

    public Optional<Volume> get(Unit unit) {
        for (Volume volume : volumes) {
            if (volume.unit() == unit) {
                return Optional.of(volume);
            }
        }
        return Optional.empty();
    }

    public boolean isAllZero() {
        for (Volume volume : volumes) {
            if (!volume.isZero()) {
                return false;
            }
        }
        return true;
    }

    /** Set semantics: order does not matter. */
    @Override
    public boolean equals(Object o) {
        return o instanceof VolumeSet && byUnit().equals(((VolumeSet) o).byUnit());
    }

    @Override
    public int hashCode() {
        return byUnit().hashCode();
    }

    private Map<Unit, Amount> byUnit() {
        Map<Unit, Amount> map = new EnumMap<Unit, Amount>(Unit.class);
        for (Volume volume : volumes) {
            map.put(volume.unit(), volume.amount());
        }
        return map;
    }

    @Override
    public String toString() {
        return volumes.toString();
    }
}
