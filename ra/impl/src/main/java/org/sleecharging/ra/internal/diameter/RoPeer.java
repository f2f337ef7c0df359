package org.sleecharging.ra.internal.diameter;

import java.io.Serializable;
import java.util.Objects;

/** One OCS peer: its DiameterIdentity (Origin-Host of its CEA), the IP address to connect to, and the port. */
public final class RoPeer implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String host;
    private final String address;
    private final int port;

    private RoPeer(String host, String address, int port) {
        this.host = requireText(host, "host");
        this.address = requireText(address, "address");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not in 1..65535");
        }
        this.port = port;
    }

    public static RoPeer of(String host, String address, int port) {
        return new RoPeer(host, address, port);
    }

    static String requireText(String value, String name) {
        if (value == null || value.trim().isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value.trim();
    }

    public String host() {
        return host;
    }

    public String address() {
        return address;
    }

    public int port() {
        return port;
    }

    /** The aaa URI jDiameter's peer table uses. */
    public String uri() {
        return "aaa://" + host + ":" + port;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoPeer && ((RoPeer) o).host.equals(host) && ((RoPeer) o).address.equals(address)
                && ((RoPeer) o).port == port;
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, address, port);
    }

    @Override
    public String toString() {
        return host + "@" + address + ":" + port;
    }
}
