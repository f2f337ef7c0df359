package org.sleecharging.container.internal.facility;

import javax.slee.management.NotificationSource;
import javax.slee.management.ResourceAdaptorEntityNotification;
import javax.slee.management.SbbNotification;
import javax.slee.management.SubsystemNotification;

/**
 * Tracer name rules of JSLEE 1.1 ch. 13 and the slf4j logger names derived from them. The root
 * tracer is the empty name; other names are dot-separated, non-empty components ("a.b.c"), whose
 * parent is the name without its last component.
 */
public final class TracerNames {

  /** The name of the root tracer of every notification source. */
  public static final String ROOT = "";

  private TracerNames() {}

  /**
   * Checks a tracer name.
   *
   * @throws NullPointerException if null
   * @throws IllegalArgumentException if it has an empty component (JSLEE 1.1 ch. 13)
   */
  public static String validate(String tracerName) {
    if (tracerName == null) {
      throw new NullPointerException("tracer name is null");
    }
    if (tracerName.isEmpty()) {
      return tracerName;
    }
    for (String part : tracerName.split("\\.", -1)) {
      if (part.isEmpty()) {
        throw new IllegalArgumentException(
            "invalid tracer name '" + tracerName + "': empty name component (JSLEE 1.1 ch. 13)");
      }
    }
    return tracerName;
  }

  /** The parent's name, or null for the root tracer. */
  public static String parent(String tracerName) {
    if (tracerName.isEmpty()) {
      return null;
    }
    int dot = tracerName.lastIndexOf('.');
    return dot < 0 ? ROOT : tracerName.substring(0, dot);
  }

  /** {@code slee.<source>[.<tracerName>]}, each source part free of dots. */
  public static String loggerName(NotificationSource source, String tracerName) {
    String base = "slee." + sourceName(source);
    return tracerName.isEmpty() ? base : base + "." + tracerName;
  }

  /** A short, dot-free-per-part name of a notification source for logs. */
  public static String sourceName(NotificationSource source) {
    if (source instanceof ResourceAdaptorEntityNotification ra) {
      return "ra." + clean(ra.getEntityName());
    }
    if (source instanceof SbbNotification sbb) {
      return "sbb." + clean(sbb.getService().getName()) + "." + clean(sbb.getSbb().getName());
    }
    if (source instanceof SubsystemNotification sub) {
      return "subsystem." + clean(sub.getSubsystemName());
    }
    return clean(source.toString());
  }

  private static String clean(String text) {
    return text.replaceAll("[^A-Za-z0-9_-]+", "_");
  }
}
