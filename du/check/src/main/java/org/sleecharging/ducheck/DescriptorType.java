package org.sleecharging.ducheck;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The JAIN SLEE 1.1 descriptor kinds this check knows (JSLEE 1.1 §§ 3.1, 8.1, 10.1, 15.1):
 * where each lives, its root element, and the DTD it must declare.
 */
enum DescriptorType {
  DEPLOYABLE_UNIT("META-INF/deployable-unit.xml", "deployable-unit", "Deployable Unit",
      "slee-deployable-unit_1_1.dtd"),
  EVENT_JAR("META-INF/event-jar.xml", "event-jar", "Event", "slee-event-jar_1_1.dtd"),
  LIBRARY_JAR("META-INF/library-jar.xml", "library-jar", "Library", "slee-library-jar_1_1.dtd"),
  RESOURCE_ADAPTOR_TYPE_JAR("META-INF/resource-adaptor-type-jar.xml", "resource-adaptor-type-jar",
      "Resource Adaptor Type", "slee-resource-adaptor-type-jar_1_1.dtd"),
  RESOURCE_ADAPTOR_JAR("META-INF/resource-adaptor-jar.xml", "resource-adaptor-jar",
      "Resource Adaptor", "slee-resource-adaptor-jar_1_1.dtd"),
  SBB_JAR("META-INF/sbb-jar.xml", "sbb-jar", "SBB", "slee-sbb-jar_1_1.dtd"),
  PROFILE_SPEC_JAR("META-INF/profile-spec-jar.xml", "profile-spec-jar", "Profile Specification",
      "slee-profile-spec-jar_1_1.dtd"),
  /** Named by the DU descriptor, anywhere in the DU; the spec's own system id says slee-service_1_1.dtd. */
  SERVICE_XML(null, "service-xml", "Service", "slee-service-xml_1_1.dtd", "slee-service_1_1.dtd");

  private final String path;
  private final String rootElement;
  private final String publicId;
  private final String dtdFile;
  private final List<String> systemIdFiles;

  DescriptorType(String path, String rootElement, String title, String dtdFile,
      String... systemIdAliases) {
    this.path = path;
    this.rootElement = rootElement;
    this.publicId = "-//Sun Microsystems, Inc.//DTD JAIN SLEE " + title + " 1.1//EN";
    this.dtdFile = dtdFile;
    this.systemIdFiles = concat(dtdFile, systemIdAliases);
  }

  /** Where a component jar carries this descriptor; empty for service descriptors. */
  Optional<String> path() {
    return Optional.ofNullable(path);
  }

  String rootElement() {
    return rootElement;
  }

  String publicId() {
    return publicId;
  }

  /** The DTD's file name in the DTD directory. */
  String dtdFile() {
    return dtdFile;
  }

  /** The component descriptors a component jar may carry (everything but DU and service). */
  static List<DescriptorType> componentJarDescriptors() {
    return Arrays.stream(values())
        .filter(t -> t != DEPLOYABLE_UNIT && t != SERVICE_XML)
        .toList();
  }

  static Optional<DescriptorType> byPublicId(String id) {
    return Arrays.stream(values()).filter(t -> t.publicId.equals(id)).findFirst();
  }

  /** By the last path segment of a system id, e.g. {@code http://java.sun.com/dtd/slee-sbb-jar_1_1.dtd}. */
  static Optional<DescriptorType> bySystemId(String systemId) {
    if (systemId == null) {
      return Optional.empty();
    }
    String file = systemId.substring(systemId.lastIndexOf('/') + 1);
    return Arrays.stream(values()).filter(t -> t.systemIdFiles.contains(file)).findFirst();
  }

  private static List<String> concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return List.of(all);
  }
}
