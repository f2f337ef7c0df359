package org.sleecharging.arquillian;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * Builds JAIN SLEE deployable units with ShrinkWrap: component jars under {@code jars/}, service
 * descriptors under {@code services/}, and a {@code META-INF/deployable-unit.xml} with the JAIN
 * SLEE 1.1 DOCTYPE listing them (slee-deployable-unit_1_1.dtd).
 *
 * <pre>{@code
 * JavaArchive events = DeployableUnits.componentJar("events.jar", eventJarXml, MyEvent.class);
 * JavaArchive sbbs = DeployableUnits.componentJar("sbbs.jar", sbbJarXml, MySbb.class);
 * JavaArchive du = DeployableUnits.of(events, sbbs).withService(serviceXml).build("my-du.jar");
 * }</pre>
 */
public final class DeployableUnits {

  /** XML declaration and DOCTYPE of a JAIN SLEE 1.1 deployable-unit.xml. */
  public static final String DU_DOCTYPE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<!DOCTYPE deployable-unit PUBLIC"
      + " \"-//Sun Microsystems, Inc.//DTD JAIN SLEE Deployable Unit 1.1//EN\"\n"
      + "    \"http://java.sun.com/dtd/slee-deployable-unit_1_1.dtd\">\n";

  /** Component jar descriptors by root element; the file name is the root element + ".xml". */
  private static final Set<String> COMPONENT_ROOTS = Set.of("event-jar", "sbb-jar",
      "resource-adaptor-type-jar", "resource-adaptor-jar", "library-jar", "profile-spec-jar");
  private static final Pattern ROOT = Pattern.compile("<([a-z-]+)[\\s>/]");

  private final Map<String, JavaArchive> jars = new LinkedHashMap<>();
  private final Map<String, String> services = new LinkedHashMap<>();
  private String description;

  private DeployableUnits() {}

  /** A DU builder holding these component jars (each needs a distinct name). */
  public static DeployableUnits of(JavaArchive... componentJars) {
    DeployableUnits du = new DeployableUnits();
    for (JavaArchive jar : componentJars) {
      du.withJar(jar);
    }
    return du;
  }

  /**
   * A component jar with the classes and its descriptor, stored in {@code META-INF} under the
   * name the spec gives it ({@code event-jar.xml}, {@code sbb-jar.xml}, ...), taken from the
   * descriptor's root element.
   */
  public static JavaArchive componentJar(String jarName, String descriptorXml,
      Class<?>... classes) {
    String root = rootElement(descriptorXml);
    if (!COMPONENT_ROOTS.contains(root)) {
      throw new IllegalArgumentException("descriptor for " + jarName + " has root element <"
          + root + ">, not one of " + COMPONENT_ROOTS);
    }
    return ShrinkWrap.create(JavaArchive.class, jarName).addClasses(classes)
        .addAsManifestResource(new StringAsset(descriptorXml), root + ".xml");
  }

  /** Adds a component jar; it must carry a JAIN SLEE component descriptor in META-INF. */
  public DeployableUnits withJar(JavaArchive jar) {
    Objects.requireNonNull(jar, "jar");
    if (!jar.getName().endsWith(".jar")) {
      throw new IllegalArgumentException("component jar name must end with .jar: "
          + jar.getName());
    }
    if (COMPONENT_ROOTS.stream().noneMatch(r -> jar.contains(ArchivePaths.create(
        "META-INF/" + r + ".xml")))) {
      throw new IllegalArgumentException("component jar " + jar.getName()
          + " has no JAIN SLEE descriptor (META-INF/<kind>-jar.xml)");
    }
    if (jars.putIfAbsent(jar.getName(), jar) != null) {
      throw new IllegalArgumentException("two component jars named " + jar.getName());
    }
    return this;
  }

  /** Adds a service descriptor as {@code services/service-<n>.xml}. */
  public DeployableUnits withService(String serviceXml) {
    return withService("service-" + (services.size() + 1) + ".xml", serviceXml);
  }

  /** Adds a service descriptor under {@code services/<fileName>}. */
  public DeployableUnits withService(String fileName, String serviceXml) {
    if (!"service-xml".equals(rootElement(serviceXml))) {
      throw new IllegalArgumentException("service descriptor " + fileName
          + " has root element <" + rootElement(serviceXml) + ">, not <service-xml>");
    }
    if (services.putIfAbsent(fileName, serviceXml) != null) {
      throw new IllegalArgumentException("two service descriptors named " + fileName);
    }
    return this;
  }

  public DeployableUnits withDescription(String text) {
    this.description = Objects.requireNonNull(text, "text");
    return this;
  }

  /** The DU archive; its name should end with {@code .jar}. */
  public JavaArchive build(String duName) {
    if (jars.isEmpty() && services.isEmpty()) {
      throw new IllegalStateException("a deployable unit needs at least one jar or service"
          + " (slee-deployable-unit_1_1.dtd)");
    }
    JavaArchive du = ShrinkWrap.create(JavaArchive.class, duName);
    jars.values().forEach(jar -> du.add(jar, "jars", ZipExporter.class));
    services.forEach((file, xml) -> du.add(new StringAsset(xml), "services/" + file));
    du.addAsManifestResource(new StringAsset(deployableUnitXml()), "deployable-unit.xml");
    return du;
  }

  /** The deployable-unit.xml listing the jars, then the services, in the order added. */
  public String deployableUnitXml() {
    StringBuilder xml = new StringBuilder(DU_DOCTYPE).append("<deployable-unit>\n");
    if (description != null) {
      xml.append("  <description>").append(escape(description)).append("</description>\n");
    }
    jars.keySet().forEach(j -> xml.append("  <jar>jars/").append(escape(j)).append("</jar>\n"));
    services.keySet().forEach(s -> xml.append("  <service-xml>services/").append(escape(s))
        .append("</service-xml>\n"));
    return xml.append("</deployable-unit>\n").toString();
  }

  /** The entries a DU archive lists in its deployable-unit.xml ({@code jars/x.jar} ...). */
  public static List<String> listedEntries(String deployableUnitXml) {
    List<String> entries = new ArrayList<>();
    Matcher m = Pattern.compile("<(?:jar|service-xml)>\\s*([^<]+?)\\s*</").matcher(
        deployableUnitXml);
    while (m.find()) {
      entries.add(m.group(1));
    }
    return entries;
  }

  /** The first element name; the XML declaration and DOCTYPE start with '?' and '!'. */
  private static String rootElement(String xml) {
    Matcher m = ROOT.matcher(Objects.requireNonNull(xml, "xml"));
    if (!m.find()) {
      throw new IllegalArgumentException("descriptor has no root element");
    }
    return m.group(1);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
