package org.sleecharging.events.value;

/** Unit of a {@link Volume}, with the TpVolume unit codes of TS 29.198-12. */
public enum Unit {
    NUMBER(0, false),
    OCTETS(1, false),
    SECONDS(2, true),
    MINUTES(3, true),
    HOURS(4, true),
    DAYS(5, true);

    private final int code;
    private final boolean time;

    Unit(int code, boolean time) {
        this.code = code;
        this.time = time;
    }

    public int code() {
        return code;
    }

    /** Whether this unit measures time (Ro CC-Time on the wire). */
    public boolean isTime() {
        return time;
    }

    public static Unit valueOf(int code) {
        for (Unit unit : values()) {
            if (unit.code == code) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unit code " + code + " is not a TS 29.198-12 volume unit");
    }
}
