package org.sleecharging.bench;

/** Where the OCS simulator of a run listens, and its Diameter identity. */
record OcsEndpoint(String host, String realm, int port) {

    static final String REALM = "ocs.bench.sleecharging.local";

    static OcsEndpoint parse(String text) {
        String[] f = text.split(":");
        return new OcsEndpoint(f[0], f[1], Integer.parseInt(f[2]));
    }

    String format() {
        return host + ":" + realm + ":" + port;
    }
}
