package org.sleecharging.manager;

/** How a charging instance charges: against a reservation (SCUR, ECUR) or immediately (IEC, TS 32.299 §6.3). */
public enum ChargingType {
    /** Session or event charging with unit reservation: reserve, use, report, finalise. */
    RESERVATION,
    /** Immediate event charging: direct debit or refund without a reservation. */
    IMMEDIATE
}
