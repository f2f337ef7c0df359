package org.sleecharging.container.internal.kernel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.slee.InvalidStateException;
import javax.slee.management.DeployableUnitID;
import org.sleecharging.container.internal.spi.DeploymentListener;
import org.sleecharging.container.internal.spi.InstalledComponent;

/**
 * The event types every JAIN SLEE 1.1 container provides (ActivityEndEvent, TimerEvent,
 * ServiceStartedEvent 1.0 and 1.1, JSLEE 1.1 §8.x), installed at start-up as an ordinary
 * deployable unit whose event classes are the JAIN SLEE API's own, so SBBs reference them like any
 * other event type. The unit cannot be uninstalled.
 */
final class StandardComponents implements DeploymentListener {
  private static final String[][] EVENTS = {
    {"javax.slee.ActivityEndEvent", "1.0", "javax.slee.ActivityEndEvent"},
    {"javax.slee.facilities.TimerEvent", "1.0", "javax.slee.facilities.TimerEvent"},
    {"javax.slee.serviceactivity.ServiceStartedEvent", "1.0",
        "javax.slee.serviceactivity.ServiceStartedEvent"},
    {"javax.slee.serviceactivity.ServiceStartedEvent", "1.1",
        "javax.slee.serviceactivity.ServiceStartedEvent"},
  };

  private volatile DeployableUnitID unit;

  /** Writes the standard-events DU jar into {@code dir}. */
  static Path writeUnit(Path dir) {
    Path du = dir.resolve("jain-slee-standard-events-du.jar");
    try (OutputStream out = Files.newOutputStream(du); JarOutputStream jar = new JarOutputStream(out)) {
      put(jar, "META-INF/deployable-unit.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<!DOCTYPE deployable-unit PUBLIC \"-//Sun Microsystems, Inc.//DTD JAIN SLEE Deployable Unit 1.1//EN\"\n"
          + "  \"http://java.sun.com/dtd/slee-deployable-unit_1_1.dtd\">\n"
          + "<deployable-unit><description>JAIN SLEE 1.1 standard event types</description>"
          + "<jar>standard-events.jar</jar></deployable-unit>\n");
      put(jar, "standard-events.jar", eventJar());
    } catch (IOException e) {
      throw new UncheckedIOException("writing the standard event types unit failed", e);
    }
    return du;
  }

  private static byte[] eventJar() throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!DOCTYPE event-jar PUBLIC \"-//Sun Microsystems, Inc.//DTD JAIN SLEE Event 1.1//EN\"\n"
        + "  \"http://java.sun.com/dtd/slee-event-jar_1_1.dtd\">\n<event-jar>\n");
    for (String[] e : EVENTS) {
      xml.append("<event-definition><event-type-name>").append(e[0])
          .append("</event-type-name><event-type-vendor>javax.slee</event-type-vendor>")
          .append("<event-type-version>").append(e[1]).append("</event-type-version>")
          .append("<event-class-name>").append(e[2]).append("</event-class-name>")
          .append("</event-definition>\n");
    }
    xml.append("</event-jar>\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(bytes)) {
      put(jar, "META-INF/event-jar.xml", xml.toString());
    }
    return bytes.toByteArray();
  }

  private static void put(JarOutputStream jar, String name, String text) throws IOException {
    put(jar, name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void put(JarOutputStream jar, String name, byte[] bytes) throws IOException {
    jar.putNextEntry(new JarEntry(name));
    jar.write(bytes);
    jar.closeEntry();
  }

  void installed(DeployableUnitID id) {
    this.unit = id;
  }

  @Override
  public void installing(List<InstalledComponent<?>> components) {}

  @Override
  public void checkUninstall(List<InstalledComponent<?>> components) throws InvalidStateException {
    DeployableUnitID standard = unit;
    if (standard != null
        && components.stream().anyMatch(c -> c.deployableUnit().equals(standard))) {
      throw new InvalidStateException(
          "the JAIN SLEE standard event types are built into the container and cannot be uninstalled");
    }
  }

  @Override
  public void uninstalled(List<InstalledComponent<?>> components) {}
}
