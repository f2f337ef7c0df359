package org.sleecharging.events.value;

/** Why a charging request failed (TS 29.198-12 TpChargingError), carried by every *Err event. */
public enum ChargingError {
    UNDEFINED(0, "P_CHS_ERR_UNDEFINED"),
    ACCOUNT(1, "P_CHS_ERR_ACCOUNT"),
    USER(2, "P_CHS_ERR_USER"),
    PARAMETER(3, "P_CHS_ERR_PARAMETER"),
    NO_DEBIT(4, "P_CHS_ERR_NO_DEBIT"),
    NO_CREDIT(5, "P_CHS_ERR_NO_CREDIT"),
    VOLUMES(6, "P_CHS_ERR_VOLUMES"),
    CURRENCY(7, "P_CHS_ERR_CURRENCY"),
    NO_EXTEND(8, "P_CHS_ERR_NO_EXTEND"),
    RESERVATION_LIMIT(9, "P_CHS_ERR_RESERVATION_LIMIT"),
    CONFIRMATION_REQUIRED(10, "P_CHS_ERR_CONFIRMATION_REQUIRED");

    private final int code;
    private final String parlayName;

    ChargingError(int code, String parlayName) {
        this.code = code;
        this.parlayName = parlayName;
    }

    public int code() {
        return code;
    }

    public String parlayName() {
        return parlayName;
    }

    public static ChargingError valueOf(int code) {
        for (ChargingError error : values()) {
            if (error.code == code) {
                return error;
            }
        }
        throw new IllegalArgumentException("charging error code " + code + " is not a TpChargingError");
    }
}
