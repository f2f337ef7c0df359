package org.sleecharging.ocs;

import java.util.Objects;

/** A Subscription-Id (RFC 4006 §8.46): its type and its data, e.g. an E.164 number. */
public record SubscriptionId(Type type, String data) {

    /** Subscription-Id-Type values (RFC 4006 §8.47). */
    public enum Type {
        END_USER_E164(0), END_USER_IMSI(1), END_USER_SIP_URI(2), END_USER_NAI(3), END_USER_PRIVATE(4);

        /** values() copies its array on every call; the decoder asks once per Subscription-Id. */
        private static final Type[] ALL = values();
        private final int code;

        Type(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        public static Type ofCode(int code) {
            for (Type t : ALL) {
                if (t.code == code) {
                    return t;
                }
            }
            throw new IllegalArgumentException("Unknown Subscription-Id-Type " + code);
        }
    }

    public SubscriptionId {
        Objects.requireNonNull(type, "type");
        if (data == null || data.isEmpty()) {
            throw new IllegalArgumentException("Subscription-Id-Data must not be empty");
        }
    }

    public static SubscriptionId e164(String msisdn) {
        return new SubscriptionId(Type.END_USER_E164, msisdn);
    }

    public static SubscriptionId sipUri(String uri) {
        return new SubscriptionId(Type.END_USER_SIP_URI, uri);
    }

    public static SubscriptionId imsi(String imsi) {
        return new SubscriptionId(Type.END_USER_IMSI, imsi);
    }

    public static SubscriptionId nai(String nai) {
        return new SubscriptionId(Type.END_USER_NAI, nai);
    }
}
