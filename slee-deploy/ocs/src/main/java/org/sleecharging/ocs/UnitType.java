package org.sleecharging.ocs;

/**
 * What a quantity counts: money in a currency or one of the RFC 4006 §8.17 service unit kinds.
 * Each constant carries the AVP code that carries it inside Requested-, Granted- and
 * Used-Service-Unit.
 */
public enum UnitType {
    /** CC-Money (RFC 4006 §8.22), always paired with a currency. */
    MONEY(413),
    /** CC-Time in seconds (RFC 4006 §8.21). */
    TIME(420),
    /** CC-Total-Octets (RFC 4006 §8.23). */
    TOTAL_OCTETS(421),
    /** CC-Input-Octets (RFC 4006 §8.24). */
    INPUT_OCTETS(412),
    /** CC-Output-Octets (RFC 4006 §8.25). */
    OUTPUT_OCTETS(414),
    /** CC-Service-Specific-Units (RFC 4006 §8.26). */
    SERVICE_SPECIFIC_UNITS(417);

    private final int avpCode;

    UnitType(int avpCode) {
        this.avpCode = avpCode;
    }

    public int avpCode() {
        return avpCode;
    }

    public boolean isMoney() {
        return this == MONEY;
    }
}
