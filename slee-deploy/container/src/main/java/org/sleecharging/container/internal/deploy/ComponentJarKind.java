package org.sleecharging.container.internal.deploy;

/**
 * The kinds of component jar (JAIN SLEE 1.1 deployable units): each carries exactly one of these
 * descriptors in META-INF. Profile specification jars are recognised only to be refused.
 */
enum ComponentJarKind {
  LIBRARY("META-INF/library-jar.xml", SleeDtd.LIBRARY_JAR, SimpleJarParsers::libraries),
  EVENT("META-INF/event-jar.xml", SleeDtd.EVENT_JAR, SimpleJarParsers::eventTypes),
  RESOURCE_ADAPTOR_TYPE(
      "META-INF/resource-adaptor-type-jar.xml",
      SleeDtd.RESOURCE_ADAPTOR_TYPE_JAR,
      SimpleJarParsers::raTypes),
  RESOURCE_ADAPTOR(
      "META-INF/resource-adaptor-jar.xml", SleeDtd.RESOURCE_ADAPTOR_JAR, RaJarParser::parse),
  SBB("META-INF/sbb-jar.xml", SleeDtd.SBB_JAR, SbbJarParser::parse);

  static final String PROFILE_SPEC_DESCRIPTOR = "META-INF/profile-spec-jar.xml";

  private final String descriptorPath;
  private final SleeDtd dtd;
  private final DescriptorParser parser;

  ComponentJarKind(String descriptorPath, SleeDtd dtd, DescriptorParser parser) {
    this.descriptorPath = descriptorPath;
    this.dtd = dtd;
    this.parser = parser;
  }

  String descriptorPath() {
    return descriptorPath;
  }

  SleeDtd dtd() {
    return dtd;
  }

  DescriptorParser parser() {
    return parser;
  }
}
