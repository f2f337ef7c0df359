package org.sleecharging.container.internal.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.slee.EventTypeID;
import javax.slee.SbbID;
import javax.slee.management.LibraryID;
import javax.slee.resource.ResourceAdaptorTypeID;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads DTD-validated descriptor elements. Because the DTD has already been enforced, a missing
 * required child is a container bug and fails with IllegalStateException.
 */
final class Dom {

  private Dom() {}

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
        out.add(e);
      }
    }
    return out;
  }

  static Optional<Element> child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static Element required(Element parent, String name) {
    return child(parent, name)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "<"
                        + parent.getTagName()
                        + "> lacks <"
                        + name
                        + "> although the DTD requires it"));
  }

  static String text(Element parent, String name) {
    return required(parent, name).getTextContent().trim();
  }

  /** The trimmed text of an optional child, or null when absent. */
  static String optionalText(Element parent, String name) {
    return child(parent, name).map(e -> e.getTextContent().trim()).orElse(null);
  }

  static String description(Element parent) {
    return optionalText(parent, "description");
  }

  /** A (True|False) attribute; the DTD supplies the default. */
  static boolean flag(Element e, String attribute) {
    return "True".equals(e.getAttribute(attribute));
  }

  static LibraryID libraryRef(Element ref) {
    return new LibraryID(
        text(ref, "library-name"), text(ref, "library-vendor"), text(ref, "library-version"));
  }

  static List<LibraryID> libraryRefs(Element parent) {
    return children(parent, "library-ref").stream().map(Dom::libraryRef).toList();
  }

  static EventTypeID eventTypeRef(Element ref) {
    return new EventTypeID(
        text(ref, "event-type-name"),
        text(ref, "event-type-vendor"),
        text(ref, "event-type-version"));
  }

  static ResourceAdaptorTypeID raTypeRef(Element ref) {
    return new ResourceAdaptorTypeID(
        text(ref, "resource-adaptor-type-name"),
        text(ref, "resource-adaptor-type-vendor"),
        text(ref, "resource-adaptor-type-version"));
  }

  static SbbID sbbRef(Element ref) {
    return new SbbID(text(ref, "sbb-name"), text(ref, "sbb-vendor"), text(ref, "sbb-version"));
  }
}
