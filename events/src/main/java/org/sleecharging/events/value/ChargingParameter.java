package org.sleecharging.events.value;

import java.io.Serializable;
import java.util.Objects;

/**
 * One charging parameter (TS 29.198-12 TpChargingParameter): an id and an integer, string or
 * boolean value. The ids below are the ones the RA maps to Ro (Service-Identifier, Rating-Group,
 * Service-Context-Id) or uses itself (split weights); other ids are passed through unchanged.
 */
public final class ChargingParameter implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Integer: Ro Service-Identifier (RFC 4006 §8.28). */
    public static final int SERVICE_IDENTIFIER = 1;
    /** Integer: Ro Rating-Group (RFC 4006 §8.29). */
    public static final int RATING_GROUP = 2;
    /** String: Ro Service-Context-Id (RFC 4006 §8.42), overriding the RA's default. */
    public static final int SERVICE_CONTEXT_ID = 3;
    /** String: comma-separated positive integer weights of a split session, one per user in order. */
    public static final int SPLIT_WEIGHTS = 100;

    private final int id;
    private final Serializable value;

    private ChargingParameter(int id, Serializable value) {
        if (id < 0) {
            throw new IllegalArgumentException("charging parameter id " + id + " is negative");
        }
        this.id = id;
        this.value = Objects.requireNonNull(value, "value of charging parameter " + id);
    }

    public static ChargingParameter ofInteger(int id, long value) {
        return new ChargingParameter(id, value);
    }

    public static ChargingParameter ofString(int id, String value) {
        return new ChargingParameter(id, value);
    }

    public static ChargingParameter ofBoolean(int id, boolean value) {
        return new ChargingParameter(id, value);
    }

    public int id() {
        return id;
    }

    /** A {@link Long}, {@link String} or {@link Boolean}. */
    public Object value() {
        return value;
    }

    /** Throws IllegalArgumentException if the value is not an integer. */
    public long integerValue() {
        if (!(value instanceof Long)) {
            throw new IllegalArgumentException("charging parameter " + id + " is not an integer: " + value);
        }
        return (Long) value;
    }

    /** Throws IllegalArgumentException if the value is not a string. */
    public String stringValue() {
        if (!(value instanceof String)) {
            throw new IllegalArgumentException("charging parameter " + id + " is not a string: " + value);
        }
        return (String) value;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ChargingParameter)) {
            return false;
        }
        ChargingParameter p = (ChargingParameter) o;
        return id == p.id && value.equals(p.value);
    }

    @Override
    public int hashCode() {
        return 31 * id + value.hashCode();
    }

    @Override
    public String toString() {
        return id + "=" + value;
    }
}
