package org.sleecharging.container.internal.deploy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.slee.ComponentID;
import javax.slee.EventTypeID;
import javax.slee.SbbID;
import javax.slee.management.DeployableUnitDescriptor;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.LibraryID;
import javax.slee.profile.ProfileSpecificationID;
import javax.slee.resource.ResourceAdaptorDescriptor;
import javax.slee.resource.ResourceAdaptorTypeDescriptor;
import javax.slee.resource.ResourceAdaptorTypeID;
import org.sleecharging.container.internal.model.ComponentDescriptor;
import org.sleecharging.container.internal.model.DescriptorSource;
import org.sleecharging.container.internal.model.EventTypeDescriptor;
import org.sleecharging.container.internal.model.LibraryDescriptor;
import org.sleecharging.container.internal.model.RaDescriptor;
import org.sleecharging.container.internal.model.RaEntityBindingDescriptor;
import org.sleecharging.container.internal.model.RaTypeBindingDescriptor;
import org.sleecharging.container.internal.model.RaTypeDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.model.ServiceDescriptor;
import org.sleecharging.container.internal.spi.InstalledComponent;

/** Converts installed units and components to the JAIN SLEE management descriptor classes. */
final class ManagementDescriptors {

  private static final LibraryID[] NO_LIBRARIES = new LibraryID[0];
  private static final ProfileSpecificationID[] NO_PROFILES = new ProfileSpecificationID[0];

  private ManagementDescriptors() {}

  static DeployableUnitDescriptor of(InstalledUnit unit) {
    ComponentID[] ids =
        unit.components().stream().map(c -> c.descriptor().id()).toArray(ComponentID[]::new);
    return new DeployableUnitDescriptor(unit.id(), unit.deploymentDate(), ids);
  }

  static javax.slee.management.ComponentDescriptor of(InstalledComponent<?> component) {
    ComponentDescriptor d = component.descriptor();
    DeployableUnitID du = component.deployableUnit();
    String source = sourceOf(d.source());
    if (d instanceof LibraryDescriptor l) {
      return new javax.slee.management.LibraryDescriptor(
          l.id(), du, source, libraries(l.libraryRefs()), l.nestedJars().toArray(String[]::new));
    }
    if (d instanceof EventTypeDescriptor e) {
      return new javax.slee.management.EventTypeDescriptor(
          e.id(), du, source, libraries(e.libraryRefs()), e.eventClassName());
    }
    if (d instanceof RaTypeDescriptor t) {
      return new ResourceAdaptorTypeDescriptor(
          t.id(),
          du,
          source,
          libraries(t.libraryRefs()),
          t.activityTypes().toArray(String[]::new),
          t.raInterface(),
          t.eventTypeRefs().toArray(EventTypeID[]::new));
    }
    if (d instanceof RaDescriptor ra) {
      return new ResourceAdaptorDescriptor(
          ra.id(),
          du,
          source,
          libraries(ra.libraryRefs()),
          ra.raTypeRefs().toArray(ResourceAdaptorTypeID[]::new),
          NO_PROFILES,
          ra.supportsActiveReconfiguration());
    }
    if (d instanceof SbbDescriptor sbb) {
      return sbb(sbb, du, source);
    }
    ServiceDescriptor s = (ServiceDescriptor) d;
    return new javax.slee.management.ServiceDescriptor(s.id(), du, source, s.rootSbb(), null, null);
  }

  private static javax.slee.management.SbbDescriptor sbb(
      SbbDescriptor sbb, DeployableUnitID du, String source) {
    Set<EventTypeID> events = new LinkedHashSet<>();
    sbb.events().forEach(e -> events.add(e.eventType()));
    List<RaTypeBindingDescriptor> bindings = sbb.raTypeBindings();
    String[] links =
        bindings.stream()
            .flatMap(b -> b.entityBindings().stream())
            .map(RaEntityBindingDescriptor::linkName)
            .filter(l -> l != null)
            .distinct()
            .toArray(String[]::new);
    return new javax.slee.management.SbbDescriptor(
        sbb.id(),
        du,
        source,
        libraries(sbb.libraryRefs()),
        new LinkedHashSet<>(sbb.sbbRefs().values()).toArray(SbbID[]::new),
        events.toArray(EventTypeID[]::new),
        NO_PROFILES,
        null,
        bindings.stream()
            .map(RaTypeBindingDescriptor::raType)
            .distinct()
            .toArray(ResourceAdaptorTypeID[]::new),
        links);
  }

  /** The component jar name, or the service.xml file for services. */
  private static String sourceOf(DescriptorSource source) {
    return source.jar() != null ? source.jar() : source.file();
  }

  private static LibraryID[] libraries(List<LibraryID> refs) {
    return refs.isEmpty() ? NO_LIBRARIES : refs.toArray(LibraryID[]::new);
  }
}
