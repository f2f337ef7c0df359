package org.sleecharging.arquillian.internal;

import java.util.List;
import java.util.Objects;
import javax.slee.ServiceID;

/**
 * What to set up after a DU is installed: RA entities (with their links) and services to
 * activate; {@code allServices} stands for every service in the DU ({@code *}).
 */
public record Declarations(List<EntityDeclaration> entities, List<ServiceID> services,
    boolean allServices) {

  public static final Declarations NONE = new Declarations(List.of(), List.of(), false);

  public Declarations {
    entities = List.copyOf(Objects.requireNonNull(entities, "entities"));
    services = List.copyOf(Objects.requireNonNull(services, "services"));
  }

  public boolean isEmpty() {
    return entities.isEmpty() && services.isEmpty() && !allServices;
  }
}
