package org.sleecharging.arquillian;

import java.util.Locale;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.enricher.resource.ResourceProvider;

/**
 * Registers one SLEE adapter and the SLEE resource providers with Arquillian.
 *
 * <p>Arquillian accepts exactly one {@link DeployableContainer} implementation on the class path,
 * and extensions are registered before arquillian.xml is read, so the adapter is chosen by the
 * system property {@value #ADAPTER_PROPERTY}: {@code embedded} (default) or {@code remote}.
 */
public final class SleeArquillianExtension implements LoadableExtension {

  /** System property choosing the adapter: {@code embedded} (default) or {@code remote}. */
  public static final String ADAPTER_PROPERTY = "org.sleecharging.arquillian.adapter";

  /** The two adapters and their property values. */
  public enum Adapter {
    EMBEDDED(EmbeddedSleeContainer.class),
    REMOTE(RemoteSleeContainer.class);

    private final Class<? extends DeployableContainer<?>> containerClass;

    Adapter(Class<? extends DeployableContainer<?>> containerClass) {
      this.containerClass = containerClass;
    }

    public Class<? extends DeployableContainer<?>> containerClass() {
      return containerClass;
    }

    /** The adapter named by a property value; null or blank means embedded. */
    public static Adapter named(String value) {
      if (value == null || value.isBlank()) {
        return EMBEDDED;
      }
      for (Adapter a : values()) {
        if (a.name().toLowerCase(Locale.ROOT).equals(value.strip())) {
          return a;
        }
      }
      throw new IllegalArgumentException(ADAPTER_PROPERTY + "='" + value
          + "' names no SLEE adapter (embedded or remote)");
    }
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void register(ExtensionBuilder builder) {
    Adapter adapter = Adapter.named(System.getProperty(ADAPTER_PROPERTY));
    builder.service(DeployableContainer.class, (Class) adapter.containerClass())
        .service(ResourceProvider.class, SleeResourceProviders.Management.class)
        .service(ResourceProvider.class, SleeResourceProviders.Embedded.class);
  }
}
