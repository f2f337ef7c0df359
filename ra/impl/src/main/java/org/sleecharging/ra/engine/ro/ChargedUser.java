package org.sleecharging.ra.engine.ro;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The charged user as a Subscription-Id (RFC 4006 §8.46–§8.48). The RA maps a SLEE Address to
 * this type (E.164 address plan → END_USER_E164, SIP → END_USER_SIP_URI, …).
 */
public final class ChargedUser implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Subscription-Id-Type values (RFC 4006 §8.47). */
    public enum Type {
        END_USER_E164(0, Pattern.compile("\\+?[0-9]{1,15}")),
        END_USER_IMSI(1, Pattern.compile("[0-9]{6,15}")),
        END_USER_SIP_URI(2, Pattern.compile("(sips?|tel):\\S+")),
        END_USER_NAI(3, Pattern.compile("[^@\\s]*@[^@\\s]+")),
        END_USER_PRIVATE(4, Pattern.compile("\\S+"));

        private final int avpValue;
        private final Pattern syntax;

        Type(int avpValue, Pattern syntax) {
            this.avpValue = avpValue;
            this.syntax = syntax;
        }

        public int avpValue() {
            return avpValue;
        }

        /** The syntax check; the two digit-string types are scanned by hand (one per charging session). */
        boolean accepts(String address) {
            switch (this) {
                case END_USER_E164:
                    return digits(address, address.startsWith("+") ? 1 : 0, 1, 15);
                case END_USER_IMSI:
                    return digits(address, 0, 6, 15);
                default:
                    return syntax.matcher(address).matches();
            }
        }

        private static boolean digits(String s, int from, int min, int max) {
            int n = s.length() - from;
            if (n < min || n > max) {
                return false;
            }
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }
    }

    private final Type type;
    private final String address;

    private ChargedUser(Type type, String address) {
        this.type = type;
        this.address = address;
    }

    /** Throws IllegalArgumentException if the address does not fit the type's syntax. */
    public static ChargedUser of(Type type, String address) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(address, "address");
        if (!type.accepts(address)) {
            throw new IllegalArgumentException("user address '" + address + "' is not a valid " + type);
        }
        return new ChargedUser(type, address);
    }

    public Type type() {
        return type;
    }

    public String address() {
        return address;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ChargedUser)) {
            return false;
        }
        ChargedUser u = (ChargedUser) o;
        return type == u.type && address.equals(u.address);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + address.hashCode();
    }

    @Override
    public String toString() {
        return type + ":" + address;
    }
}
