package org.sleecharging.events.value;

/** Why the RA ended a charging session on its own (TS 29.198-12 TpSessionEndedCause). */
public enum SessionEndedCause {
    UNDEFINED(0, "P_CHS_CAUSE_UNDEFINED"),
    TIMER_EXPIRED(1, "P_CHS_CAUSE_TIMER_EXPIRED");

    private final int code;
    private final String parlayName;

    SessionEndedCause(int code, String parlayName) {
        this.code = code;
        this.parlayName = parlayName;
    }

    public int code() {
        return code;
    }

    public String parlayName() {
        return parlayName;
    }
}
