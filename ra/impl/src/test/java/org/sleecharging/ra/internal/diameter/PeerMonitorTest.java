package org.sleecharging.ra.internal.diameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jdiameter.api.Peer;
import org.jdiameter.api.PeerState;
import org.jdiameter.api.PeerTable;
import org.jdiameter.api.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The reconnect task of {@link PeerMonitor} against a fake jDiameter peer: a DOWN peer is connected
 * again, a peer stuck connecting (jDiameter 1.7.1 can stay in REOPEN for good after a connect raced
 * an OCS restart) is disconnected once it passed the connect timeout plus two reconnect intervals,
 * and a SUSPECT peer (the watchdog's business) is left alone.
 */
@Timeout(30)
class PeerMonitorTest {
    private static final long RECONNECT_MILLIS = 20;
    private static final long CONNECT_TIMEOUT_MILLIS = 100;

    private final FakePeer peer = new FakePeer();
    private PeerMonitor monitor;

    @AfterEach
    void stop() {
        if (monitor != null) {
            monitor.forgetAll();
        }
    }

    private void startMonitor() {
        RoClientConfig config = RoClientConfig.builder().originHost("ra.client.sleecharging.org")
                .originRealm("client.sleecharging.org").destinationRealm("ocs.sleecharging.org")
                .primary(RoPeer.of("ocs.sleecharging.org", "127.0.0.1", 3868)).connectTimeoutMillis(CONNECT_TIMEOUT_MILLIS)
                .reconnectMillis(RECONNECT_MILLIS).build();
        PeerTable table = (PeerTable) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PeerTable.class},
                (proxy, method, args) -> method.getName().equals("getPeer") ? peer.proxy : null);
        monitor = new PeerMonitor(table, config, (route, up) -> { });
        monitor.startReconnecting(RECONNECT_MILLIS);
    }

    @Test
    void aDownPeerIsConnectedAgain() {
        peer.state = PeerState.DOWN;
        startMonitor();

        await().atMost(Duration.ofSeconds(5)).until(() -> peer.calls.contains("connect"));
        assertThat(peer.calls).doesNotContain("disconnect");
    }

    @Test
    void aPeerStuckInReopenIsDisconnectedAfterTheConnectTimeoutAndTwoIntervalsThenConnected() {
        peer.state = PeerState.REOPEN;
        long start = System.nanoTime();
        startMonitor();

        await().atMost(Duration.ofSeconds(5)).until(() -> peer.calls.contains("disconnect"));
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isGreaterThanOrEqualTo(Duration.ofMillis(CONNECT_TIMEOUT_MILLIS + 2 * RECONNECT_MILLIS));
        await().atMost(Duration.ofSeconds(5)).until(() -> peer.calls.contains("connect"));
        assertThat(peer.calls).containsExactly("disconnect", "connect");
    }

    @Test
    void aPeerThatConnectsInTimeAndASuspectPeerAreLeftAlone() throws Exception {
        peer.state = PeerState.INITIAL;
        startMonitor();
        Thread.sleep(CONNECT_TIMEOUT_MILLIS / 2);
        peer.state = PeerState.OKAY;
        Thread.sleep(CONNECT_TIMEOUT_MILLIS);
        peer.state = PeerState.SUSPECT;
        Thread.sleep(3 * (CONNECT_TIMEOUT_MILLIS + 2 * RECONNECT_MILLIS));

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
