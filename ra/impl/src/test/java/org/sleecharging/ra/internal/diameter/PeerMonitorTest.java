package org.sleecharging.ra.internal.diameter;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jdiameter.api.Peer;
import org.jdiameter.api.PeerState;
import org.jdiameter.api.PeerTable;
import org.jdiameter.api.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Rounds of the reconnect task of {@link PeerMonitor}, on a manual clock, against a fake jDiameter peer: a DOWN peer is connected
 * again, a peer stuck connecting (jDiameter 1.7.1 can stay in REOPEN for good after a connect raced
 * an OCS restart) is disconnected once it passed the connect timeout plus two reconnect intervals,
 * and a SUSPECT peer (the watchdog's business) is left alone.
 */
@Timeout(30)
class PeerMonitorTest {
    private static final long RECONNECT_MILLIS = 20;
    private static final long CONNECT_TIMEOUT_MILLIS = 100;
    private static final long STUCK_MILLIS = CONNECT_TIMEOUT_MILLIS + 2 * RECONNECT_MILLIS;

    private final FakePeer peer = new FakePeer();
    private final AtomicLong nanos = new AtomicLong();
    private final PeerMonitor monitor = monitor();

    @AfterEach
    void stop() {
        monitor.forgetAll();
    }

    private PeerMonitor monitor() {
        RoClientConfig config = RoClientConfig.builder().originHost("ra.client.sleecharging.org")
                .originRealm("client.sleecharging.org").destinationRealm("ocs.sleecharging.org")
                .primary(RoPeer.of("ocs.sleecharging.org", "127.0.0.1", 3868)).connectTimeoutMillis(CONNECT_TIMEOUT_MILLIS)
                .reconnectMillis(RECONNECT_MILLIS).build();
        PeerTable table = (PeerTable) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PeerTable.class},
                (proxy, method, args) -> method.getName().equals("getPeer") ? peer.proxy : null);
        return new PeerMonitor(table, config, (route, up) -> { }, nanos::get);
    }

    /** One reconnect round, {@code millis} after the previous one. */
    private void roundAfter(long millis) {
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
        monitor.checkPeers();
    }

    @Test
    void aDownPeerIsConnectedAgain() {
        peer.state = PeerState.DOWN;

        roundAfter(RECONNECT_MILLIS);

        assertThat(peer.calls).containsExactly("connect");
    }

    @Test
    void aPeerStuckInReopenIsDisconnectedAfterTheConnectTimeoutAndTwoIntervalsThenConnected() {
        peer.state = PeerState.REOPEN;

        roundAfter(RECONNECT_MILLIS);
        roundAfter(STUCK_MILLIS - 1);
        assertThat(peer.calls).as("not stuck yet").isEmpty();
        roundAfter(1);
        assertThat(peer.calls).containsExactly("disconnect");
        roundAfter(RECONNECT_MILLIS);

        assertThat(peer.calls).containsExactly("disconnect", "connect");
    }

    @Test
    void aPeerThatConnectsInTimeAndASuspectPeerAreLeftAlone() {
        peer.state = PeerState.INITIAL;
        roundAfter(RECONNECT_MILLIS);
        roundAfter(CONNECT_TIMEOUT_MILLIS / 2);
        peer.state = PeerState.OKAY;
        roundAfter(RECONNECT_MILLIS);
        peer.state = PeerState.INITIAL; // a new connect: its time counts from here, not from the first one
        roundAfter(STUCK_MILLIS / 2);
        peer.state = PeerState.SUSPECT;
        for (int i = 0; i < 10; i++) {
            roundAfter(STUCK_MILLIS);
        }

        assertThat(peer.calls).isEmpty();
    }

    /** A jDiameter peer whose state the test sets; records connect/disconnect calls. */
    private static final class FakePeer {
        volatile PeerState state;
        final List<String> calls = new CopyOnWriteArrayList<String>();
        final Peer proxy = (Peer) Proxy.newProxyInstance(PeerMonitorTest.class.getClassLoader(), new Class<?>[] {Peer.class},
                (p, method, args) -> {
                    switch (method.getName()) {
                        case "getState":
                            return state;
                        case "connect":
                        case "disconnect":
                            calls.add(method.getName());
                            state = method.getName().equals("connect") ? PeerState.OKAY : PeerState.DOWN;
                            return null;
                        case "getUri":
                            return new URI("aaa://ocs.sleecharging.org:3868");
                        case "hashCode":
                            return System.identityHashCode(p);
                        case "equals":
                            return p == args[0];
                        case "toString":
                            return "fake peer in " + state;
                        default:
                            return null;
                    }
                });
    }
}
