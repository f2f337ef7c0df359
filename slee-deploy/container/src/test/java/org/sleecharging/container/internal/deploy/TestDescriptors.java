package org.sleecharging.container.internal.deploy;

/** JAIN SLEE 1.1 descriptor texts for the test components (vendor org.test, version 1.0). */
final class TestDescriptors {

  static final String PKG = "org.sleecharging.container.internal.deploy.testcomponents.";

  private TestDescriptors() {}

  static String doctype(String root, String title, String systemFile) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE "
        + root
        + " PUBLIC \"-//Sun Microsystems, Inc.//DTD JAIN SLEE "
        + title
        + " 1.1//EN\""
        + " \"http://java.sun.com/dtd/"
        + systemFile
        + "\">\n";
  }

  static String deployableUnit(String... entries) {
    StringBuilder b =
        new StringBuilder(
            doctype("deployable-unit", "Deployable Unit", "slee-deployable-unit_1_1.dtd"));
    b.append("<deployable-unit>\n");
    for (String e : entries) {
      b.append("  ").append(e).append('\n');
    }
    return b.append("</deployable-unit>\n").toString();
  }

  static String id(String prefix, String name) {
    return "<"
        + prefix
        + "-name>"
        + name
        + "</"
        + prefix
        + "-name><"
        + prefix
        + "-vendor>org.test</"
        + prefix
        + "-vendor><"
        + prefix
        + "-version>1.0</"
        + prefix
        + "-version>";
  }

  static String libraryRef(String name) {
    return "<library-ref>" + id("library", name) + "</library-ref>";
  }

  static String eventTypeRef(String name) {
    return "<event-type-ref>" + id("event-type", name) + "</event-type-ref>";
  }

  static String raTypeRef(String name) {
    return "<resource-adaptor-type-ref>"
        + id("resource-adaptor-type", name)
        + "</resource-adaptor-type-ref>";
  }

  static String libraryJar(String name) {
    return doctype("library-jar", "Library", "slee-library-jar_1_1.dtd")
        + "<library-jar><library>"
        + id("library", name)
        + "<jar><jar-name>lib/nested.jar</jar-name></jar></library></library-jar>";
  }

  static String eventJar(String libraryRefs, String eventDefinitions) {
    return doctype("event-jar", "Event", "slee-event-jar_1_1.dtd")
        + "<event-jar>"
        + libraryRefs
        + eventDefinitions
        + "</event-jar>";
  }

  static String eventDefinition(String name, String className) {
    return "<event-definition>"
        + id("event-type", name)
        + "<event-class-name>"
        + className
        + "</event-class-name></event-definition>";
  }

  static String raTypeJar(String name, String eventTypeRefs) {
    return doctype(
            "resource-adaptor-type-jar",
            "Resource Adaptor Type",
            "slee-resource-adaptor-type-jar_1_1.dtd")
        + "<resource-adaptor-type-jar><resource-adaptor-type>"
        + id("resource-adaptor-type", name)
        + "<resource-adaptor-type-classes>"
        + "<activity-type><activity-type-name>"
        + PKG
        + "PingActivity</activity-type-name></activity-type>"
        + "<activity-context-interface-factory-interface><activity-context-interface-factory-interface-name>"
        + PKG
        + "PingAciFactory</activity-context-interface-factory-interface-name>"
        + "</activity-context-interface-factory-interface>"
        + "<resource-adaptor-interface><resource-adaptor-interface-name>"
        + PKG
        + "PingProvider</resource-adaptor-interface-name></resource-adaptor-interface>"
        + "</resource-adaptor-type-classes>"
        + eventTypeRefs
        + "</resource-adaptor-type></resource-adaptor-type-jar>";
  }

  static String raJar(String raClass, String configProperties) {
    return doctype("resource-adaptor-jar", "Resource Adaptor", "slee-resource-adaptor-jar_1_1.dtd")
        + "<resource-adaptor-jar><resource-adaptor>"
        + id("resource-adaptor", "PingRa")
        + raTypeRef("PingRaType")
        + "<resource-adaptor-classes><resource-adaptor-class"
        + " supports-active-reconfiguration=\"True\"><resource-adaptor-class-name>"
        + raClass
        + "</resource-adaptor-class-name>"
        + "</resource-adaptor-class></resource-adaptor-classes>"
        + configProperties
        + "</resource-adaptor></resource-adaptor-jar>";
  }

  static String configProperty(String name, String type, String value) {
    return "<config-property><config-property-name>"
        + name
        + "</config-property-name>"
        + "<config-property-type>"
        + type
        + "</config-property-type>"
        + (value == null ? "" : "<config-property-value>" + value + "</config-property-value>")
        + "</config-property>";
  }

  static final String VALID_CONFIG =
      configProperty("port", "java.lang.Integer", "3868")
          + configProperty("host", "java.lang.String", "localhost")
          + configProperty("ratio", "java.lang.Double", null);

  /** PingSbb (root, child relation to ChildSbb) and ChildSbb, with the given abstract class. */
  static String sbbJar(String pingAbstractClass, String pingExtra) {
    return doctype("sbb-jar", "SBB", "slee-sbb-jar_1_1.dtd")
        + "<sbb-jar>"
        + pingSbb(pingAbstractClass, pingExtra)
        + childSbb()
        + "</sbb-jar>";
  }

  static String pingSbb(String abstractClass, String extra) {
    return "<sbb>"
        + id("sbb", "PingSbb")
        + "<sbb-ref>"
        + id("sbb", "ChildSbb")
        + "<sbb-alias>child</sbb-alias></sbb-ref>"
        + "<sbb-classes><sbb-abstract-class>"
        + "<sbb-abstract-class-name>"
        + abstractClass
        + "</sbb-abstract-class-name>"
        + "<cmp-field><cmp-field-name>child</cmp-field-name><sbb-alias-ref>child</sbb-alias-ref></cmp-field>"
        + "<get-child-relation-method><sbb-alias-ref>child</sbb-alias-ref>"
        + "<get-child-relation-method-name>getChildRelation</get-child-relation-method-name>"
        + "<default-priority>5</default-priority></get-child-relation-method></sbb-abstract-class>"
        + "<sbb-local-interface><sbb-local-interface-name>"
        + PKG
        + "PingSbbLocal</sbb-local-interface-name></sbb-local-interface>"
        + "<sbb-activity-context-interface><sbb-activity-context-interface-name>"
        + PKG
        + "PingSbbAci</sbb-activity-context-interface-name></sbb-activity-context-interface>"
        + "</sbb-classes>"
        + "<event event-direction=\"Receive\" initial-event=\"True\"><event-name>Ping</event-name>"
        + eventTypeRef("PingEvent")
        + "<initial-event-select variable=\"ActivityContext\"/></event>"
        + extra
        + "<resource-adaptor-type-binding>"
        + raTypeRef("PingRaType")
        + "<activity-context-interface-factory-name>slee/resources/ping/factory"
        + "</activity-context-interface-factory-name><resource-adaptor-entity-binding>"
        + "<resource-adaptor-object-name>slee/resources/ping/provider</resource-adaptor-object-name>"
        + "<resource-adaptor-entity-link>ping</resource-adaptor-entity-link>"
        + "</resource-adaptor-entity-binding></resource-adaptor-type-binding></sbb>";
  }

  static String childSbb() {
    return "<sbb>"
        + id("sbb", "ChildSbb")
        + "<sbb-classes><sbb-abstract-class>"
        + "<sbb-abstract-class-name>"
        + PKG
        + "ChildSbb</sbb-abstract-class-name>"
        + "</sbb-abstract-class></sbb-classes></sbb>";
  }

  static String serviceXml(String rootSbb) {
    return doctype("service-xml", "Service", "slee-service_1_1.dtd")
        + "<service-xml><service>"
        + id("service", "PingService")
        + "<root-sbb>"
        + id("sbb", rootSbb)
        + "</root-sbb>"
        + "<default-priority>10</default-priority></service></service-xml>";
  }
}
