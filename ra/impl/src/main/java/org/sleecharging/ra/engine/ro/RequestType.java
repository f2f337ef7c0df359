package org.sleecharging.ra.engine.ro;

/** CC-Request-Type (RFC 4006 §8.3). */
public enum RequestType {
    INITIAL(1), UPDATE(2), TERMINATION(3), EVENT(4);

    private final int avpValue;

    RequestType(int avpValue) {
        this.avpValue = avpValue;
    }

    public int avpValue() {
        return avpValue;
    }
}
