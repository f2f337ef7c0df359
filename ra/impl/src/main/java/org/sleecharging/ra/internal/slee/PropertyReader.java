package org.sleecharging.ra.internal.slee;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import javax.slee.resource.ConfigProperties;
import javax.slee.resource.InvalidConfigurationException;

/**
 * Typed access to the RA entity's configuration properties (JSLEE 1.1 §15.4). Every failure is an
 * {@link InvalidConfigurationException} naming the property and, where there is one, the bad value.
 * Remembers which properties were read, so tests can hold the descriptor and the parser together.
 */
final class PropertyReader {

    private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?";
    private static final Pattern IDENTITY = Pattern.compile(LABEL + "(\\." + LABEL + ")*");
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile("(" + OCTET + "\\.){3}" + OCTET);
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private final ConfigProperties properties;
    private final Set<String> read = new LinkedHashSet<String>();

    PropertyReader(ConfigProperties properties) {
        if (properties == null) {
            throw new NullPointerException("config properties");
        }
        this.properties = properties;
    }

    /** A non-blank String, trimmed. */
    String text(String name) throws InvalidConfigurationException {
        String value = optionalText(name);
        if (value.isEmpty()) {
            throw new InvalidConfigurationException("config property " + name + " must not be empty");
        }
        return value;
    }

    /** A DiameterIdentity (RFC 6733 §4.3.1): an FQDN, so no spaces, colons or slashes. */
    String diameterIdentity(String name) throws InvalidConfigurationException {
        String value = text(name);
        if (!IDENTITY.matcher(value).matches()) {
            throw bad(name, value, "is not a DiameterIdentity (a host name such as ocs1.example.net)");
        }
        return value;
    }

    /**
     * An IPv4 or IPv6 address literal; host names are refused so the Diameter stack never waits on
     * DNS (DESIGN.md, jDiameter peers with an ip attribute).
     */
    String ipAddress(String name) throws InvalidConfigurationException {
        return ipAddress(name, text(name));
    }

    static String ipAddress(String name, String value) throws InvalidConfigurationException {
        if (IPV4.matcher(value).matches() || (value.indexOf(':') >= 0 && IPV6.matcher(value).matches())) {
            try {
                InetAddress.getByName(value); // a literal is parsed, never looked up
                return value;
            } catch (UnknownHostException e) {
                throw bad(name, value, "is not a valid IP address literal: " + e.getMessage());
            }
        }
        throw bad(name, value, "is not an IPv4 or IPv6 address literal");
    }

    /** A String, trimmed; the empty string means "not set". */
    String optionalText(String name) throws InvalidConfigurationException {
        return typed(name, String.class).trim();
    }

    int integer(String name, int min, int max) throws InvalidConfigurationException {
        int value = typed(name, Integer.class).intValue();
        if (value < min || value > max) {
            throw bad(name, value, "is not in " + min + ".." + max);
        }
        return value;
    }

    long positiveLong(String name) throws InvalidConfigurationException {
        long value = typed(name, Long.class).longValue();
        if (value <= 0) {
            throw bad(name, value, "must be positive");
        }
        return value;
    }

    boolean bool(String name) throws InvalidConfigurationException {
        return typed(name, Boolean.class).booleanValue();
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) throws InvalidConfigurationException {
        String value = text(name);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw bad(name, value, "is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The names of every property read so far, in reading order. */
    Set<String> namesRead() {
        return Collections.unmodifiableSet(read);
    }

    static InvalidConfigurationException bad(String name, Object value, String problem) {
        return new InvalidConfigurationException("config property " + name + " = '" + value + "' " + problem);
    }

    private <T> T typed(String name, Class<T> type) throws InvalidConfigurationException {
        read.add(name);
        ConfigProperties.Property property = properties.getProperty(name);
        if (property == null) {
            throw new InvalidConfigurationException("config property " + name + " (" + type.getName() + ") is missing");
        }
        Object value = property.getValue();
        if (value == null) {
            throw new InvalidConfigurationException("config property " + name + " (" + type.getName() + ") has no value");
        }
        if (!type.isInstance(value)) {
            throw bad(name, value, "is a " + value.getClass().getName() + ", not a " + type.getName());
        }
        return type.cast(value);
    }
}
