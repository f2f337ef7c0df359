package org.sleecharging.events.value;

import java.io.Serializable;

/** Correlates charging with a network session, e.g. a call (TS 29.198-12 TpCorrelationID). */
public final class CorrelationId implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private final int type;

    private CorrelationId(long id, int type) {
        this.id = id;
        this.type = type;
    }

    /** Throws IllegalArgumentException for a negative type. */
    public static CorrelationId of(long id, int type) {
        if (type < 0) {
            throw new IllegalArgumentException("correlation type " + type + " is negative");
        }
        return new CorrelationId(id, type);
    }

    public long id() {
        return id;
    }

    public int type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CorrelationId)) {
            return false;
        }
        CorrelationId c = (CorrelationId) o;
        return id == c.id && type == c.type;
    }

    @Override
    public int hashCode() {
        return (int) (id ^ (id >>> 32)) * 31 + type;
    }

    @Override
    public String toString() {
        return "CorrelationId[" + id + "/" + type + "]";
    }
}
