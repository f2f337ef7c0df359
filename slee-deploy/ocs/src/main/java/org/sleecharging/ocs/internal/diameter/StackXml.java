package org.sleecharging.ocs.internal.diameter;

import java.time.Duration;

/**
 * jDiameter XML configurations generated for a chosen host, realm and port. The schema is
 * validated, so element order follows jdiameter-server.xsd / jdiameter-client.xsd exactly;
 * every peer carries an {@code ip} attribute so no DNS lookup happens.
 */
public final class StackXml {
    private static final String CCA_APPLICATION =
            "<ApplicationID><VendorId value=\"0\"/><AuthApplId value=\"4\"/><AcctApplId value=\"0\"/></ApplicationID>";

    /** Statistics are registered JVM-wide per peer and clash when a peer is connected twice. */
    private static final String STATISTICS_OFF = "  <Statistics pause=\"30000\" delay=\"30000\" enabled=\"false\" active_records=\"Concurrent\"/>\n";

    private StackXml() {
    }

    /** A server stack listening on {@code address:port} that accepts any peer (AcceptUndefinedPeer). */
    public static String server(String host, String realm, String address, int port, Duration messageTimeout) {
        return "<?xml version=\"1.0\"?>\n"
                + "<Configuration xmlns=\"http://www.jdiameter.org/jdiameter-server\">\n"
                + " <LocalPeer>\n"
                + "  <URI value=\"aaa://" + host + ":" + port + "\"/>\n"
                + "  <IPAddresses><IPAddress value=\"" + address + "\"/></IPAddresses>\n"
                + "  <Realm value=\"" + realm + "\"/>\n"
                + "  <VendorID value=\"0\"/>\n"
                + "  <ProductName value=\"slee-charging-ocs\"/>\n"
                + "  <FirmwareRevision value=\"1\"/>\n"
                + "  <Applications>" + CCA_APPLICATION + "</Applications>\n"
                + " </LocalPeer>\n"
                + " <Parameters>\n"
                + "  <AcceptUndefinedPeer value=\"true\"/>\n"
                + "  <DuplicateProtection value=\"false\"/>\n"
                + "  <DuplicateTimer value=\"240000\"/>\n"
                + "  <UseUriAsFqdn value=\"false\"/>\n"
                + "  <QueueSize value=\"100000\"/>\n"
                + "  <MessageTimeOut value=\"" + messageTimeout.toMillis() + "\"/>\n"
                + "  <StopTimeOut value=\"500\"/>\n"
                + "  <CeaTimeOut value=\"10000\"/>\n"
                + "  <IacTimeOut value=\"30000\"/>\n"
                + "  <DwaTimeOut value=\"10000\"/>\n"
                + "  <DpaTimeOut value=\"2000\"/>\n"
                + "  <RecTimeOut value=\"10000\"/>\n"
                + STATISTICS_OFF
                + " </Parameters>\n"
                + " <Network>\n"
                + "  <Peers><Peer name=\"aaa://" + address + ":1\" ip=\"" + address
                + "\" attempt_connect=\"false\" rating=\"1\"/></Peers>\n"
                + "  <Realms><Realm name=\"" + realm + "\" peers=\"" + address
                + "\" local_action=\"LOCAL\" dynamic=\"false\" exp_time=\"1\">" + CCA_APPLICATION + "</Realm></Realms>\n"
                + " </Network>\n"
                + " <Extensions><PeerFsmFactory value=\"" + SerialPeerFsmFactory.class.getName() + "\"/></Extensions>\n"
                + "</Configuration>\n";
    }

    /** A client stack that connects to one server peer at {@code serverAddress:serverPort}. */
    public static String client(String host, String realm, String serverHost, String serverRealm,
                                String serverAddress, int serverPort, Duration messageTimeout) {
        return "<?xml version=\"1.0\"?>\n"
                + "<Configuration xmlns=\"http://www.jdiameter.org/jdiameter-client\">\n"
                + " <LocalPeer>\n"
                + "  <URI value=\"aaa://" + host + ":3868\"/>\n"
                + "  <IPAddress value=\"" + serverAddress + "\"/>\n"
                + "  <Realm value=\"" + realm + "\"/>\n"
                + "  <VendorID value=\"0\"/>\n"
                + "  <ProductName value=\"slee-charging-ro-client\"/>\n"
                + "  <FirmwareRevision value=\"1\"/>\n"
                + "  <Applications>" + CCA_APPLICATION + "</Applications>\n"
                + " </LocalPeer>\n"
                + " <Parameters>\n"
                + "  <UseUriAsFqdn value=\"false\"/>\n"
                + "  <QueueSize value=\"100000\"/>\n"
                + "  <MessageTimeOut value=\"" + messageTimeout.toMillis() + "\"/>\n"
                + "  <StopTimeOut value=\"500\"/>\n"
                + "  <CeaTimeOut value=\"10000\"/>\n"
                + "  <IacTimeOut value=\"30000\"/>\n"
                + "  <DwaTimeOut value=\"10000\"/>\n"
                + "  <DpaTimeOut value=\"2000\"/>\n"
                + "  <RecTimeOut value=\"1000\"/>\n"
                + STATISTICS_OFF
                + " </Parameters>\n"
                + " <Network>\n"
                + "  <Peers><Peer name=\"aaa://" + serverHost + ":" + serverPort + "\" ip=\"" + serverAddress
                + "\" rating=\"1\"/></Peers>\n"
                + "  <Realms><Realm name=\"" + serverRealm + "\" peers=\"" + serverHost
                + "\" local_action=\"LOCAL\" dynamic=\"false\" exp_time=\"1\">" + CCA_APPLICATION + "</Realm></Realms>\n"
                + " </Network>\n"
                + " <Extensions/>\n"
                + "</Configuration>\n";
    }
}
