package org.sleecharging.arquillian.internal;

import javax.slee.ServiceID;
import javax.slee.resource.ResourceAdaptorID;
import org.sleecharging.arquillian.InvalidDeclarationException;

/** Parses component ids written as {@code name#vendor#version}, the triple naming a component. */
public final class ComponentIds {

  private ComponentIds() {}

  public static ResourceAdaptorID resourceAdaptor(String text, String source) {
    String[] p = parts(text, "resource adaptor id", source);
    return new ResourceAdaptorID(p[0], p[1], p[2]);
  }

  public static ServiceID service(String text, String source) {
    String[] p = parts(text, "service id", source);
    return new ServiceID(p[0], p[1], p[2]);
  }

  /** The compact form of an id, as accepted by the parsers. */
  public static String format(javax.slee.ComponentID id) {
    return id.getName() + '#' + id.getVendor() + '#' + id.getVersion();
  }

  private static String[] parts(String text, String kind, String source) {
    String[] p = text.split("#", -1);
    if (p.length != 3) {
      throw new InvalidDeclarationException(source, text, "is not a " + kind
          + " (expected name#vendor#version)");
    }
    for (String part : p) {
      if (part.isBlank() || !part.equals(part.trim())) {
        throw new InvalidDeclarationException(source, text, "is not a " + kind
            + " (name, vendor and version must be non-empty and untrimmed)");
      }
    }
    return p;
  }
}
