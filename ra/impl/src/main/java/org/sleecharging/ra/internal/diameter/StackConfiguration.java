package org.sleecharging.ra.internal.diameter;

import static org.jdiameter.client.impl.helpers.Parameters.AcctApplId;
import static org.jdiameter.client.impl.helpers.Parameters.ApplicationId;
import static org.jdiameter.client.impl.helpers.Parameters.AuthApplId;
import static org.jdiameter.client.impl.helpers.Parameters.CeaTimeOut;
import static org.jdiameter.client.impl.helpers.Parameters.DpaTimeOut;
import static org.jdiameter.client.impl.helpers.Parameters.DwaTimeOut;
import static org.jdiameter.client.impl.helpers.Parameters.IacTimeOut;
import static org.jdiameter.client.impl.helpers.Parameters.MessageTimeOut;
import static org.jdiameter.client.impl.helpers.Parameters.OwnDiameterURI;
import static org.jdiameter.client.impl.helpers.Parameters.OwnFirmwareRevision;
import static org.jdiameter.client.impl.helpers.Parameters.OwnIPAddress;
import static org.jdiameter.client.impl.helpers.Parameters.OwnProductName;
import static org.jdiameter.client.impl.helpers.Parameters.OwnRealm;
import static org.jdiameter.client.impl.helpers.Parameters.OwnVendorID;
import static org.jdiameter.client.impl.helpers.Parameters.PeerIp;
import static org.jdiameter.client.impl.helpers.Parameters.PeerLocalPortRange;
import static org.jdiameter.client.impl.helpers.Parameters.PeerName;
import static org.jdiameter.client.impl.helpers.Parameters.PeerRating;
import static org.jdiameter.client.impl.helpers.Parameters.PeerTable;
import static org.jdiameter.client.impl.helpers.Parameters.QueueSize;
import static org.jdiameter.client.impl.helpers.Parameters.RealmEntry;
import static org.jdiameter.client.impl.helpers.Parameters.RealmTable;
import static org.jdiameter.client.impl.helpers.Parameters.RecTimeOut;
import static org.jdiameter.client.impl.helpers.Parameters.Statistics;
import static org.jdiameter.client.impl.helpers.Parameters.StatisticsActiveList;
import static org.jdiameter.client.impl.helpers.Parameters.StatisticsEnabled;
import static org.jdiameter.client.impl.helpers.Parameters.StatisticsLoggerDelay;
import static org.jdiameter.client.impl.helpers.Parameters.StatisticsLoggerPause;
import static org.jdiameter.client.impl.helpers.Parameters.StopTimeOut;
import static org.jdiameter.client.impl.helpers.Parameters.UseUriAsFqdn;
import static org.jdiameter.client.impl.helpers.Parameters.VendorId;
import static org.jdiameter.server.impl.helpers.Parameters.RealmEntryExpTime;
import static org.jdiameter.server.impl.helpers.Parameters.RealmEntryIsDynamic;
import static org.jdiameter.server.impl.helpers.Parameters.RealmHosts;
import static org.jdiameter.server.impl.helpers.Parameters.RealmLocalAction;
import static org.jdiameter.server.impl.helpers.Parameters.RealmName;

import java.util.ArrayList;
import java.util.List;

import org.jdiameter.api.Configuration;
import org.jdiameter.client.impl.helpers.AppConfiguration;
import org.jdiameter.client.impl.helpers.EmptyConfiguration;

/**
 * The jDiameter client stack configuration built in code from {@link RoClientConfig}, with the
 * same content a jdiameter-client.xml would give (no file, no schema). Each peer has its IP
 * address so no DNS lookup happens; statistics are off (they are registered JVM-wide per peer and
 * clash when a peer is connected twice); the only application is Diameter Credit-Control (4).
 */
final class StackConfiguration extends EmptyConfiguration {
    private static final long CREDIT_CONTROL = RoAvps.CREDIT_CONTROL_APPLICATION;

    StackConfiguration(RoClientConfig config) {
        super();
        add(OwnDiameterURI, "aaa://" + config.originHost() + ":3868");
        add(OwnIPAddress, config.localAddress());
        add(OwnRealm, config.originRealm());
        add(OwnVendorID, 0L);
        add(OwnProductName, "slee-charging-ro-client");
        add(OwnFirmwareRevision, 1L);
        add(ApplicationId, new Configuration[] {creditControl()});

        add(UseUriAsFqdn, false);
        add(QueueSize, 10000);
        add(MessageTimeOut, config.messageTimeoutMillis());
        add(StopTimeOut, 500L);
        add(CeaTimeOut, config.connectTimeoutMillis());
        add(IacTimeOut, config.watchdogMillis());
        add(DwaTimeOut, config.watchdogMillis());
        add(DpaTimeOut, 1000L);
        add(RecTimeOut, config.reconnectMillis());
        add(Statistics, getInstance().add(StatisticsLoggerPause, 30000L).add(StatisticsLoggerDelay, 30000L)
                .add(StatisticsEnabled, false).add(StatisticsActiveList, "Concurrent"));

        List<Configuration> peers = new ArrayList<Configuration>();
        peers.add(peer(config.primary(), 2, config.localPort()));
        if (config.secondary() != null) {
            peers.add(peer(config.secondary(), 1, config.localPort() == 0 ? 0 : config.localPort() + 1));
        }
        add(PeerTable, peers.toArray(new Configuration[0]));
        String hosts = config.primary().host() + (config.secondary() == null ? "" : "," + config.secondary().host());
        AppConfiguration realm = getInstance()
                .add(ApplicationId, new Configuration[] {creditControl()})
                .add(RealmName, config.destinationRealm())
                .add(RealmHosts, hosts)
                .add(RealmLocalAction, "LOCAL")
                .add(RealmEntryIsDynamic, false)
                .add(RealmEntryExpTime, 1L);
        add(RealmTable, new Configuration[] {getInstance().add(RealmEntry, realm)});
    }

    private static AppConfiguration creditControl() {
        return getInstance().add(VendorId, 0L).add(AuthApplId, CREDIT_CONTROL).add(AcctApplId, 0L);
    }

    private static AppConfiguration peer(RoPeer peer, int rating, int localPort) {
        AppConfiguration c = getInstance().add(PeerRating, rating).add(PeerName, peer.uri()).add(PeerIp, peer.address());
        if (localPort > 0) {
            c.add(PeerLocalPortRange, localPort + "-" + localPort);
        }
        return c;
    }
}
