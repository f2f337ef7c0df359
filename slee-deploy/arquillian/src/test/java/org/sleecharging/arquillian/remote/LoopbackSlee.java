package org.sleecharging.arquillian.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javax.slee.management.DeployableUnitID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sleecharging.container.EmbeddedSlee;

/**
 * The "remote" SLEE for the remote adapter's tests: an embedded container with its standard MBeans
 * behind a loopback JMX connector, started once for the run (before Arquillian reads
 * arquillian.xml, which takes its URL from {@value #URL_PROPERTY}) and closed with the root
 * extension context. Register it before {@code ArquillianExtension}, so its {@code afterAll} runs
 * after Arquillian's undeploy and can assert that nothing was left behind.
 */
public final class LoopbackSlee implements BeforeAllCallback, AfterAllCallback {
  public static final String URL_PROPERTY = "slee.it.jmxServiceUrl";
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(LoopbackSlee.class);

  private static volatile EmbeddedSlee target;
  /** What the container installs by itself (e.g. standard event types), before any test. */
  private static volatile Set<DeployableUnitID> initialUnits;

  /** The running target; for assertions that need more than the management MBeans. */
  public static EmbeddedSlee target() {
    if (target == null) {
      throw new IllegalStateException("LoopbackSlee is not started: register the extension");
    }
    return target;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(NS).getOrComputeIfAbsent("target", k -> {
      EmbeddedSlee slee = EmbeddedSlee.builder().name("remote-target").jmxPort(0).start();
      target = slee;
      initialUnits = unitsOf(slee);
      System.setProperty(URL_PROPERTY, slee.jmxServiceUrl().toString());
      return (ExtensionContext.Store.CloseableResource) () -> {
        target = null;
        System.clearProperty(URL_PROPERTY);
        slee.close();
      };
    });
  }

  /** Leaks fail tests (STYLE.md lesson 9): undeploy must leave the target as it found it. */
  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    EmbeddedSlee slee = target();
    assertThat(unitsOf(slee)).as("DUs left installed").isEqualTo(initialUnits);
    assertThat(slee.resources().getResourceAdaptorEntities()).as("RA entities left").isEmpty();
    assertThat(slee.resources().getLinkNames()).as("link names left bound").isEmpty();
  }

  private static Set<DeployableUnitID> unitsOf(EmbeddedSlee slee) {
    try {
      return Set.of(slee.deployment().getDeployableUnits());
    } catch (javax.slee.management.ManagementException e) {
      throw new IllegalStateException("listing DUs of the target failed", e);
    }
  }
}
