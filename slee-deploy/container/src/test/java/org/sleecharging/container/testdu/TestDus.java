package org.sleecharging.container.testdu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.slee.SbbID;
import javax.slee.ServiceID;
import javax.slee.resource.ResourceAdaptorID;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.sleecharging.container.testdu.event.PingEvent;
import org.sleecharging.container.testdu.ra.PingResourceAdaptor;
import org.sleecharging.container.testdu.ratype.PingActivity;
import org.sleecharging.container.testdu.ratype.PingActivityContextInterfaceFactory;
import org.sleecharging.container.testdu.ratype.PingProvider;
import org.sleecharging.container.testdu.sbb.PingChildLocal;
import org.sleecharging.container.testdu.sbb.PingChildSbb;
import org.sleecharging.container.testdu.sbb.PingRootSbb;

/**
 * Builds the test deployable units from test classes and the descriptors under
 * {@code src/test/resources/testdu}, as real jars: an RA DU (event jar, RA type, RA) and a service
 * DU (SBB jar and service.xml).
 */
public final class TestDus {
  public static final ResourceAdaptorID PING_RA =
      new ResourceAdaptorID("PingRa", "org.sleecharging.test", "1.0");
  public static final ServiceID PING_SERVICE =
      new ServiceID("PingService", "org.sleecharging.test", "1.0");
  public static final SbbID PING_ROOT_SBB =
      new SbbID("PingRootSbb", "org.sleecharging.test", "1.0");
  public static final String LINK = "pingLink";

  private static final String DU_DOCTYPE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<!DOCTYPE deployable-unit PUBLIC \"-//Sun Microsystems, Inc.//DTD JAIN SLEE Deployable Unit 1.1//EN\"\n"
      + "    \"http://java.sun.com/dtd/slee-deployable-unit_1_1.dtd\">\n";

  private TestDus() {}

  /** Event jar, RA type jar and RA jar. */
  public static Path raDu(Path dir) {
    JavaArchive events = component("ping-events.jar", "event-jar.xml", PingEvent.class);
    JavaArchive raType = component("ping-ratype.jar", "resource-adaptor-type-jar.xml",
        PingActivity.class, PingProvider.class, PingActivityContextInterfaceFactory.class);
    JavaArchive ra = component("ping-ra.jar", "resource-adaptor-jar.xml",
        PingResourceAdaptor.class);
    ra.addPackage(PingResourceAdaptor.class.getPackage());
    JavaArchive du = ShrinkWrap.create(JavaArchive.class, "ping-ra-du.jar")
        .add(events, "jars", ZipExporter.class)
        .add(raType, "jars", ZipExporter.class)
        .add(ra, "jars", ZipExporter.class)
        .addAsManifestResource(new StringAsset(DU_DOCTYPE + "<deployable-unit>\n"
            + "  <jar>jars/ping-ra.jar</jar>\n"
            + "  <jar>jars/ping-ratype.jar</jar>\n"
            + "  <jar>jars/ping-events.jar</jar>\n"
            + "</deployable-unit>\n"), "deployable-unit.xml");
    return export(du, dir);
  }

  /** SBB jar (root and child SBB) and service.xml. */
  public static Path serviceDu(Path dir) {
    return serviceDu(dir, resource("sbb-jar.xml"));
  }

  /** The service DU with the given sbb-jar.xml text instead of the valid one. */
  public static Path serviceDu(Path dir, String sbbJarXml) {
    JavaArchive sbbs = ShrinkWrap.create(JavaArchive.class, "ping-sbbs.jar")
        .addClasses(PingRootSbb.class, PingChildSbb.class, PingChildLocal.class)
        .addAsManifestResource(new StringAsset(sbbJarXml), "sbb-jar.xml");
    JavaArchive du = ShrinkWrap.create(JavaArchive.class, "ping-service-du.jar")
        .add(sbbs, "jars", ZipExporter.class)
        .add(new StringAsset(resource("service.xml")), "services/ping-service.xml")
        .addAsManifestResource(new StringAsset(DU_DOCTYPE + "<deployable-unit>\n"
            + "  <jar>jars/ping-sbbs.jar</jar>\n"
            + "  <service-xml>services/ping-service.xml</service-xml>\n"
            + "</deployable-unit>\n"), "deployable-unit.xml");
    return export(du, dir);
  }

  private static JavaArchive component(String name, String descriptor, Class<?>... classes) {
    return ShrinkWrap.create(JavaArchive.class, name)
        .addClasses(classes)
        .addAsManifestResource(new StringAsset(resource(descriptor)), descriptor);
  }

  private static Path export(JavaArchive du, Path dir) {
    Path file = dir.resolve(du.getName());
    du.as(ZipExporter.class).exportTo(file.toFile(), true);
    return file;
  }

  public static String resource(String name) {
    try (InputStream in = TestDus.class.getResourceAsStream("/testdu/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource testdu/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
