package org.sleecharging.events.value;

import java.io.Serializable;
import java.util.Objects;

/** Human-readable text and an application id for the bill (TS 29.198-12 TpApplicationDescription). */
public final class ApplicationDescription implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final ApplicationDescription NONE = new ApplicationDescription("", "");

    private final String text;
    private final String applicationId;

    private ApplicationDescription(String text, String applicationId) {
        this.text = text;
        this.applicationId = applicationId;
    }

    public static ApplicationDescription of(String text, String applicationId) {
        return new ApplicationDescription(Objects.requireNonNull(text, "text"),
                Objects.requireNonNull(applicationId, "applicationId"));
    }

    public String text() {
        return text;
    }

    public String applicationId() {
        return applicationId;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ApplicationDescription)) {
            return false;
        }
        ApplicationDescription d = (ApplicationDescription) o;
        return text.equals(d.text) && applicationId.equals(d.applicationId);
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + applicationId.hashCode();
    }

    @Override
    public String toString() {
        return "ApplicationDescription[" + text + ", " + applicationId + "]";
    }
}
