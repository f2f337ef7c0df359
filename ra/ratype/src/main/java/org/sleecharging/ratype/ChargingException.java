package org.sleecharging.ratype;

import java.util.Objects;

/**
 * A request was refused synchronously; nothing was charged and no state changed. Carries the
 * Parlay exception code and the Parlay "extra information" text (never null).
 */
public abstract class ChargingException extends Exception {
    private static final long serialVersionUID = 1L;

    private final ParlayExceptionCode code;
    private final String extraInformation;

    protected ChargingException(ParlayExceptionCode code, String extraInformation) {
        super(code + ": " + extraInformation);
        this.code = Objects.requireNonNull(code, "code");
        this.extraInformation = Objects.requireNonNull(extraInformation, "extraInformation");
    }

    public final ParlayExceptionCode getCode() {
        return code;
    }

    public final String getExtraInformation() {
        return extraInformation;
    }
}
