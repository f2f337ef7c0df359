package org.sleecharging.container.internal.ra;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.slee.InvalidArgumentException;
import javax.slee.SbbID;
import javax.slee.management.LinkNameAlreadyBoundException;
import javax.slee.management.UnrecognizedLinkNameException;
import org.sleecharging.container.internal.model.RaEntityBindingDescriptor;
import org.sleecharging.container.internal.model.RaTypeBindingDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.spi.ComponentRepository;

/**
 * Link names bound to RA entities (JSLEE 1.1 ch. 14, ResourceManagementMBean). SBBs find RA
 * entities by link name through their resource-adaptor-entity-binding elements. Reads are
 * lock-free; writes are serialized by the caller.
 */
final class LinkNames {

  private final Map<String, String> entityByLink = new ConcurrentHashMap<>();

  void bind(String entityName, String linkName)
      throws InvalidArgumentException, LinkNameAlreadyBoundException {
    Objects.requireNonNull(linkName, "linkName");
    if (linkName.isEmpty()) {
      throw new InvalidArgumentException("link name is empty");
    }
    String bound = entityByLink.putIfAbsent(linkName, entityName);
    if (bound != null) {
      throw new LinkNameAlreadyBoundException(
          "link name " + linkName + " is already bound to RA entity " + bound);
    }
  }

  /**
   * Unbinds the link name. The JSLEE 1.1 refusal while an SBB of an installed service refers to it
   * is not enforced by this container.
   */
  void unbind(String linkName) throws UnrecognizedLinkNameException {
    Objects.requireNonNull(linkName, "linkName");
    if (entityByLink.remove(linkName) == null) {
      throw new UnrecognizedLinkNameException("link name not bound: " + linkName);
    }
  }

  String entity(String linkName) {
    return entityByLink.get(linkName);
  }

  String[] all() {
    return new TreeSet<>(entityByLink.keySet()).toArray(String[]::new);
  }

  String[] of(String entityName) {
    TreeSet<String> links = new TreeSet<>();
    entityByLink.forEach(
        (link, entity) -> {
          if (entity.equals(entityName)) {
            links.add(link);
          }
        });
    return links.toArray(String[]::new);
  }

  /** The installed SBBs with a resource-adaptor-entity-binding to the link name. */
  static SbbID[] boundSbbs(ComponentRepository repository, String linkName) {
    return repository.all(SbbDescriptor.class).stream()
        .map(c -> c.descriptor())
        .filter(sbb -> bindsLink(sbb, linkName))
        .map(SbbDescriptor::id)
        .toArray(SbbID[]::new);
  }

  private static boolean bindsLink(SbbDescriptor sbb, String linkName) {
    for (RaTypeBindingDescriptor type : sbb.raTypeBindings()) {
      List<RaEntityBindingDescriptor> bindings = type.entityBindings();
      if (bindings.stream().anyMatch(b -> linkName.equals(b.linkName()))) {
        return true;
      }
    }
    return false;
  }
}
