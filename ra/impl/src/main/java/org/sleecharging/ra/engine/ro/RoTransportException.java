package org.sleecharging.ra.engine.ro;

/** No answer can come for a CCR: the Ro Session-Id and the reason are kept for the error report. */
public final class RoTransportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String roSessionId;

    public RoTransportException(String roSessionId, String reason, Throwable cause) {
        super("Ro session " + roSessionId + ": " + reason, cause);
        this.roSessionId = roSessionId;
    }

    public String getRoSessionId() {
        return roSessionId;
    }
}
