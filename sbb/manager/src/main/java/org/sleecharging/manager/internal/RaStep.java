package org.sleecharging.manager.internal;

import java.io.Serializable;
import java.util.Objects;

import org.sleecharging.events.value.VolumeSet;

/**
 * A request to issue to the charging RA: its kind, the volumes it carries (null for OPEN_SESSION
 * and RELEASE), closeReservation for debits, and the request number (0 for OPEN_SESSION, which
 * has none). Immutable.
 */
public final class RaStep implements Serializable {
    private static final long serialVersionUID = 1L;

    private final StepKind kind;
    private final VolumeSet volumes;
    private final boolean closeReservation;
    private final int requestNumber;

    RaStep(StepKind kind, VolumeSet volumes, boolean closeReservation, int requestNumber) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.volumes = volumes;
        this.closeReservation = closeReservation;
        this.requestNumber = requestNumber;
    }

    public StepKind kind() {
        return kind;
    }

    /** May be null. */
    public VolumeSet volumes() {
        return volumes;
    }

    public boolean closeReservation() {
        return closeReservation;
    }

    public int requestNumber() {
        return requestNumber;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RaStep)) {
            return false;
        }
        RaStep s = (RaStep) o;
        return kind == s.kind && Objects.equals(volumes, s.volumes) && closeReservation == s.closeReservation
                && requestNumber == s.requestNumber;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, volumes, closeReservation, requestNumber);
    }

    @Override
    public String toString() {
        return kind + (volumes == null ? "" : " " + volumes) + (closeReservation ? " close" : "")
                + (requestNumber == 0 ? "" : " #" + requestNumber);
    }
}
