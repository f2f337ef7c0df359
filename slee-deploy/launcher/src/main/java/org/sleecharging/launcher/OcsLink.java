package org.sleecharging.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.sleecharging.ocs.AccountConfig;
import org.sleecharging.ocs.OcsConfig;
import org.sleecharging.ocs.OcsConfigLoader;
import org.sleecharging.ocs.OcsSimulator;

/**
 * The OCS of a run: the OCS simulator started from the bundled {@code launcher-ocs.yaml} on a
 * free loopback port (its ledger then checks every scenario), or an external OCS (no ledger).
 */
public final class OcsLink implements AutoCloseable {
  static final String BUNDLED_CONFIG = "/launcher-ocs.yaml";

  private final OcsPeer peer;
  private final OcsSimulator simulator;

  private OcsLink(OcsPeer peer, OcsSimulator simulator) {
    this.peer = peer;
    this.simulator = simulator;
  }

  /**
   * Starts the simulator with the bundled accounts and tariffs plus {@code extraAccounts}.
   *
   * @param host Origin-Host to use instead of the bundled one, or null
   * @param realm Origin-Realm to use instead of the bundled one, or null
   */
  public static OcsLink startSimulator(String host, String realm, List<AccountConfig> extraAccounts) {
    OcsConfig.Builder b = bundledConfig().toBuilder().listen("127.0.0.1", 0);
    if (host != null) {
      b.originHost(host);
    }
    if (realm != null) {
      b.originRealm(realm);
    }
    extraAccounts.forEach(b::account);
    OcsSimulator ocs = OcsSimulator.start(b.build());
    OcsConfig c = ocs.config();
    return new OcsLink(new OcsPeer(c.originHost(), c.originRealm(),
        new HostPort(c.listenAddress(), ocs.port())), ocs);
  }

  /** An OCS the launcher does not run; its Diameter identity must be given. */
  public static OcsLink external(HostPort address, String host, String realm) {
    return new OcsLink(new OcsPeer(host, realm, address), null);
  }

  static OcsConfig bundledConfig() {
    try (InputStream in = OcsLink.class.getResourceAsStream(BUNDLED_CONFIG)) {
      if (in == null) {
        throw new IllegalStateException("launcher jar lacks " + BUNDLED_CONFIG);
      }
      return OcsConfigLoader.load(in, BUNDLED_CONFIG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public OcsPeer peer() {
    return peer;
  }

  /** The simulator and its ledger; empty with an external OCS. */
  public Optional<OcsSimulator> simulator() {
    return Optional.ofNullable(simulator);
  }

  @Override
  public void close() {
    if (simulator != null) {
      simulator.close();
    }
  }
}
