package org.sleecharging.container.internal.deploy;

import java.util.Optional;

/**
 * The JAIN SLEE 1.1 descriptor DTDs the container carries (JSLEE 1.1 appendix: each descriptor must
 * declare one of these DOCTYPEs). Descriptors are validated against these local copies only; the
 * public system ids on java.sun.com are never fetched.
 */
enum SleeDtd {
  DEPLOYABLE_UNIT("deployable-unit", "Deployable Unit", "slee-deployable-unit_1_1.dtd"),
  EVENT_JAR("event-jar", "Event", "slee-event-jar_1_1.dtd"),
  LIBRARY_JAR("library-jar", "Library", "slee-library-jar_1_1.dtd"),
  RESOURCE_ADAPTOR_TYPE_JAR(
      "resource-adaptor-type-jar",
      "Resource Adaptor Type",
      "slee-resource-adaptor-type-jar_1_1.dtd"),
  RESOURCE_ADAPTOR_JAR(
      "resource-adaptor-jar", "Resource Adaptor", "slee-resource-adaptor-jar_1_1.dtd"),
  SBB_JAR("sbb-jar", "SBB", "slee-sbb-jar_1_1.dtd"),
  // The 1.1 spec names the service DTD slee-service_1_1.dtd in its DOCTYPE; the file is published
  // as slee-service-xml_1_1.dtd. Both names resolve to it.
  SERVICE_XML("service-xml", "Service", "slee-service-xml_1_1.dtd", "slee-service_1_1.dtd");

  private static final String RESOURCE_DIR = "/org/sleecharging/container/dtd/";

  private final String rootElement;
  private final String publicId;
  private final String resourceFile;
  private final String[] systemFileNames;

  SleeDtd(String rootElement, String title, String resourceFile, String... aliases) {
    this.rootElement = rootElement;
    this.publicId = "-//Sun Microsystems, Inc.//DTD JAIN SLEE " + title + " 1.1//EN";
    this.resourceFile = resourceFile;
    String[] names = new String[aliases.length + 1];
    names[0] = resourceFile;
    System.arraycopy(aliases, 0, names, 1, aliases.length);
    this.systemFileNames = names;
  }

  String rootElement() {
    return rootElement;
  }

  String publicId() {
    return publicId;
  }

  String resourcePath() {
    return RESOURCE_DIR + resourceFile;
  }

  static Optional<SleeDtd> byPublicId(String publicId) {
    for (SleeDtd d : values()) {
      if (d.publicId.equals(publicId)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Matches on the last path segment of the system id, ignoring where it claims to live. */
  static Optional<SleeDtd> bySystemId(String systemId) {
    if (systemId == null) {
      return Optional.empty();
    }
    String fileName = systemId.substring(systemId.lastIndexOf('/') + 1);
    for (SleeDtd d : values()) {
      for (String n : d.systemFileNames) {
        if (n.equals(fileName)) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }
}
