package org.sleecharging.ocs.internal.diameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sleecharging.ocs.client.RawRoClient;

/**
 * jDiameter 1.7.1 leaves Nagle's algorithm on; a CCR or CCA written behind an unacknowledged
 * segment then waits for the peer's delayed ACK. Both ends of the simulator's connections, the
 * server's accepted sockets and the raw client's, must have TCP_NODELAY (a new socket has it off).
 */
@Timeout(60)
class TcpNoDelayTest {

    @Test
    void acceptedAndClientConnectionsHaveNagleOff() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        DiameterServer server = new DiameterServer(null);
        server.start("nodelay-ocs.sleecharging.org", "sleecharging.org", "127.0.0.1", port, Duration.ofSeconds(5));
        try (RawRoClient client = RawRoClient.connect("nodelay-client.sleecharging.org", "nodelay-ocs.sleecharging.org",
                "sleecharging.org", "127.0.0.1", port)) {
            assertThat(client.tcpNoDelay()).isTrue();
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> server.tcpNoDelayByPeer().get("nodelay-client.sleecharging.org") != null);
            assertThat(server.tcpNoDelayByPeer()).containsEntry("nodelay-client.sleecharging.org", true);
        } finally {
            server.stop();
        }
    }
}
