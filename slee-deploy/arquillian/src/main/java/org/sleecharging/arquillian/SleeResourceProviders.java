package org.sleecharging.arquillian;

import java.lang.annotation.Annotation;
import java.util.List;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.test.spi.enricher.resource.ResourceProvider;
import org.sleecharging.container.EmbeddedSlee;

/**
 * {@code @ArquillianResource} providers for {@link SleeManagement} (both adapters) and {@link
 * EmbeddedSlee} (embedded adapter only).
 */
final class SleeResourceProviders {

  private SleeResourceProviders() {}

  /** Finds the SLEE adapter the test runs against. */
  abstract static class Base implements ResourceProvider {
    @Inject private Instance<Container> container;
    @Inject private Instance<ContainerRegistry> registry;

    /**
     * The container of the test's deployment when Arquillian has activated it, else the only
     * SLEE adapter of the run (the test may have no deployment, or several without
     * {@code @OperateOnDeployment}).
     */
    AbstractSleeContainer<?> adapter() {
      Container current = container.get();
      if (current != null
          && current.getDeployableContainer() instanceof AbstractSleeContainer<?> a) {
        return a;
      }
      List<AbstractSleeContainer<?>> adapters = registry.get() == null ? List.of()
          : registry.get().getContainers().stream()
              .map(Container::getDeployableContainer)
              .filter(AbstractSleeContainer.class::isInstance)
              .<AbstractSleeContainer<?>>map(c -> (AbstractSleeContainer<?>) c)
              .toList();
      if (adapters.size() != 1) {
        throw new IllegalStateException("cannot tell which SLEE to inject: " + adapters.size()
            + " SLEE adapters registered; annotate the test method with @OperateOnDeployment");
      }
      return adapters.get(0);
    }
  }

  /** {@code @ArquillianResource SleeManagement}. */
  static final class Management extends Base {
    @Override
    public boolean canProvide(Class<?> type) {
      return type == SleeManagement.class;
    }

    @Override
    public Object lookup(ArquillianResource resource, Annotation... qualifiers) {
      return adapter().management();
    }
  }

  /** {@code @ArquillianResource EmbeddedSlee}. */
  static final class Embedded extends Base {
    @Override
    public boolean canProvide(Class<?> type) {
      return type == EmbeddedSlee.class;
    }

    @Override
    public Object lookup(ArquillianResource resource, Annotation... qualifiers) {
      if (!(adapter() instanceof EmbeddedSleeContainer embedded)) {
        throw new IllegalStateException("EmbeddedSlee can only be injected with the embedded SLEE"
            + " adapter; with the remote adapter inject SleeManagement");
      }
      EmbeddedSlee slee = embedded.slee();
      if (slee == null) {
        throw new IllegalStateException("the embedded SLEE is not started");
      }
      return slee;
    }
  }
}
