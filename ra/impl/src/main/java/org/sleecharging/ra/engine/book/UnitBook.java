package org.sleecharging.ra.engine.book;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;

/**
 * The unit reservation of a session: one {@link BookLine} per unit, never converted or
 * consolidated (2 minutes + 100 seconds stays two lines; DESIGN.md "Units are never
 * consolidated"). Immutable.
 */
public final class UnitBook implements Serializable {
    private static final long serialVersionUID = 1L;

    private final EnumMap<Unit, BookLine> lines;

    private UnitBook(EnumMap<Unit, BookLine> lines) {
        this.lines = lines;
    }

    public static UnitBook empty() {
        return new UnitBook(new EnumMap<Unit, BookLine>(Unit.class));
    }

    public BookLine line(Unit unit) {
        BookLine line = lines.get(unit);
        return line == null ? BookLine.EMPTY : line;
    }

    /** The first unit of {@code volumes} this book holds no line for, or null if it holds them all. */
    public Unit firstMissingUnit(VolumeSet volumes) {
        for (Volume volume : volumes.volumes()) {
            if (!lines.containsKey(volume.unit())) {
                return volume.unit();
            }
        }
        return null;
    }

    /** The volumes left, one per unit held; null while nothing was reserved. */
    public VolumeSet left() {
        List<Volume> left = new ArrayList<Volume>();
        for (Map.Entry<Unit, BookLine> entry : lines.entrySet()) {
            left.add(Volume.of(entry.getValue().left(), entry.getKey()));
        }
        return left.isEmpty() ? null : VolumeSet.of(left);
    }

    /** Net usage not yet reported, one volume per unit held; null while nothing was reserved. */
    public VolumeSet unreported() {
        List<Volume> unreported = new ArrayList<Volume>();
        for (Map.Entry<Unit, BookLine> entry : lines.entrySet()) {
            unreported.add(Volume.of(entry.getValue().unreported(), entry.getKey()));
        }
        return unreported.isEmpty() ? null : VolumeSet.of(unreported);
    }

    /**
     * The OCS granted {@code newLeft} per unit (units not named get nothing) in answer to CCRs that
     * reported {@code usage} (null if none).
     */
    public UnitBook granted(VolumeSet newLeft, VolumeSet usage) {
        EnumMap<Unit, BookLine> copy = new EnumMap<Unit, BookLine>(Unit.class);
        for (Map.Entry<Unit, BookLine> entry : lines.entrySet()) {
            copy.put(entry.getKey(), entry.getValue().granted(Amount.ZERO, amountOf(usage, entry.getKey())));
        }
        for (Volume volume : newLeft.volumes()) {
            BookLine line = copy.containsKey(volume.unit()) ? copy.get(volume.unit()) : BookLine.EMPTY;
            copy.put(volume.unit(), line.granted(volume.amount(), Amount.ZERO));
        }
        return new UnitBook(copy);
    }

    private static Amount amountOf(VolumeSet volumes, Unit unit) {
        return volumes != null && volumes.get(unit).isPresent() ? volumes.get(unit).get().amount() : Amount.ZERO;
    }

    /** What a debit of {@code volumes} actually takes: per unit at most what is left (§8.3 debitUnitReq). */
    public VolumeSet debitable(VolumeSet volumes) {
        List<Volume> debited = new ArrayList<Volume>();
        for (Volume volume : volumes.volumes()) {
            debited.add(Volume.of(volume.amount().min(line(volume.unit()).left()), volume.unit()));
        }
        return VolumeSet.of(debited);
    }

    public UnitBook debit(VolumeSet debitable) {
        EnumMap<Unit, BookLine> copy = new EnumMap<Unit, BookLine>(lines);
        for (Volume volume : debitable.volumes()) {
            copy.put(volume.unit(), line(volume.unit()).debit(volume.amount()));
        }
        return new UnitBook(copy);
    }

    /** Whether every volume is at most the unit's unreported usage (credits return only unreported usage). */
    public boolean mayCredit(VolumeSet volumes) {
        for (Volume volume : volumes.volumes()) {
            if (volume.amount().isGreaterThan(line(volume.unit()).unreported())) {
                return false;
            }
        }
        return true;
    }

    public UnitBook credit(VolumeSet volumes) {
        EnumMap<Unit, BookLine> copy = new EnumMap<Unit, BookLine>(lines);
        for (Volume volume : volumes.volumes()) {
            copy.put(volume.unit(), line(volume.unit()).credit(volume.amount()));
        }
        return new UnitBook(copy);
    }

    public UnitBook closed() {
        EnumMap<Unit, BookLine> copy = new EnumMap<Unit, BookLine>(Unit.class);
        for (Map.Entry<Unit, BookLine> entry : lines.entrySet()) {
            copy.put(entry.getKey(), entry.getValue().closed());
        }
        return new UnitBook(copy);
    }

    /** The reservation limit is reached when no unit has anything left. */
    public boolean isExhausted() {
        for (BookLine line : lines.values()) {
            if (!line.left().isZero()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitBook && lines.equals(((UnitBook) o).lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    @Override
    public String toString() {
        return lines.toString();
    }
}
