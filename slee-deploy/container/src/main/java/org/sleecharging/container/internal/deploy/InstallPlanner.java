package org.sleecharging.container.internal.deploy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.slee.ComponentID;
import javax.slee.EventTypeID;
import javax.slee.SbbID;
import javax.slee.management.DeploymentException;
import javax.slee.management.LibraryID;
import javax.slee.resource.ResourceAdaptorTypeID;
import org.sleecharging.container.internal.model.ComponentDescriptor;
import org.sleecharging.container.internal.model.EventTypeDescriptor;
import org.sleecharging.container.internal.model.LibraryDescriptor;
import org.sleecharging.container.internal.model.RaDescriptor;
import org.sleecharging.container.internal.model.RaTypeDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.model.ServiceDescriptor;
import org.sleecharging.container.internal.spi.InstalledComponent;

/**
 * Orders a unit's components for installation (a component is installed after everything it
 * references) after refusing duplicate ids, references that resolve neither inside the unit nor
 * among installed components, and dependency cycles.
 */
final class InstallPlanner {

  private final Map<ComponentID, ComponentDescriptor> inUnit = new LinkedHashMap<>();
  private final Function<ComponentID, Optional<InstalledComponent<?>>> installed;

  private InstallPlanner(Function<ComponentID, Optional<InstalledComponent<?>>> installed) {
    this.installed = installed;
  }

  /** The unit's components in install order. */
  static List<ComponentDescriptor> plan(
      ParsedUnit unit, Function<ComponentID, Optional<InstalledComponent<?>>> installed)
      throws DeploymentException {
    InstallPlanner planner = new InstallPlanner(installed);
    planner.collect(unit.components());
    planner.resolveReferences();
    return planner.order();
  }

  private void collect(List<ComponentDescriptor> components) throws DeploymentException {
    for (ComponentDescriptor c : components) {
      ComponentDescriptor earlier = inUnit.putIfAbsent(c.id(), c);
      if (earlier != null) {
        throw Refusals.refuse(
            c.source(),
            "duplicate component id " + c.id() + ": also declared at " + earlier.source());
      }
      Optional<InstalledComponent<?>> other = installed.apply(c.id());
      if (other.isPresent()) {
        throw Refusals.refuse(
            c.source(),
            "duplicate component id "
                + c.id()
                + ": already installed by deployable unit "
                + other.get().deployableUnit().getURL());
      }
    }
  }

  private void resolveReferences() throws DeploymentException {
    for (ComponentDescriptor c : inUnit.values()) {
      for (ComponentID ref : c.references()) {
        if (StandardComponents.isProfileEvent(ref)) {
          throw Refusals.refuse(
              Refusals.child(c.source(), referenceElement(c, ref)),
              c.id() + " references " + ref + ": " + Refusals.PROFILES_NOT_SUPPORTED);
        }
        if (!inUnit.containsKey(ref) && installed.apply(ref).isEmpty()) {
          throw Refusals.refuse(
              Refusals.child(c.source(), referenceElement(c, ref)),
              c.id()
                  + " references "
                  + ref
                  + ", which is neither in this deployable unit nor installed");
        }
      }
    }
  }

  /** Depth-first, dependencies first; roots taken kind by kind so the order reads naturally. */
  private List<ComponentDescriptor> order() throws DeploymentException {
    List<ComponentDescriptor> roots = new ArrayList<>(inUnit.values());
    roots.sort(Comparator.comparingInt(InstallPlanner::kindRank));
    Set<ComponentID> done = new LinkedHashSet<>();
    List<ComponentDescriptor> ordered = new ArrayList<>();
    for (ComponentDescriptor root : roots) {
      visit(root, new ArrayList<>(), new HashSet<>(), done, ordered);
    }
    return ordered;
  }

  private void visit(
      ComponentDescriptor c,
      List<ComponentID> path,
      Set<ComponentID> onPath,
      Set<ComponentID> done,
      List<ComponentDescriptor> ordered)
      throws DeploymentException {
    if (done.contains(c.id())) {
      return;
    }
    if (!onPath.add(c.id())) {
      List<ComponentID> cycle = new ArrayList<>(path.subList(path.indexOf(c.id()), path.size()));
      cycle.add(c.id());
      throw Refusals.refuse(c.source(), "dependency cycle: " + describe(cycle));
    }
    path.add(c.id());
    for (ComponentID ref : c.references()) {
      ComponentDescriptor dep = inUnit.get(ref);
      // A recursive child relation names the SBB itself; that does not constrain install order.
      if (dep != null && !ref.equals(c.id())) {
        visit(dep, path, onPath, done, ordered);
      }
    }
    path.remove(path.size() - 1);
    onPath.remove(c.id());
    done.add(c.id());
    ordered.add(c);
  }

  private static String describe(List<ComponentID> cycle) {
    StringBuilder b = new StringBuilder();
    for (ComponentID id : cycle) {
      b.append(b.length() == 0 ? "" : " -> ").append(id);
    }
    return b.toString();
  }

  private static int kindRank(ComponentDescriptor c) {
    return RANKS.get(c.getClass());
  }

  private static final Map<Class<?>, Integer> RANKS =
      new HashMap<>(
          Map.of(
              LibraryDescriptor.class, 0,
              EventTypeDescriptor.class, 1,
              RaTypeDescriptor.class, 2,
              RaDescriptor.class, 3,
              SbbDescriptor.class, 4,
              ServiceDescriptor.class, 5));

  /** The descriptor element a reference comes from, for the refusal message. */
  private static String referenceElement(ComponentDescriptor c, ComponentID ref) {
    if (ref instanceof LibraryID) {
      return "library-ref";
    }
    if (ref instanceof EventTypeID) {
      return c instanceof SbbDescriptor ? "event/event-type-ref" : "event-type-ref";
    }
    if (ref instanceof ResourceAdaptorTypeID) {
      return c instanceof SbbDescriptor
          ? "resource-adaptor-type-binding/resource-adaptor-type-ref"
          : "resource-adaptor-type-ref";
    }
    if (ref instanceof SbbID) {
      return c instanceof ServiceDescriptor ? "root-sbb" : "sbb-ref";
    }
    return "reference";
  }
}
