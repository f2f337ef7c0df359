package org.sleecharging.launcher.standin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.sleecharging.launcher.LauncherDu;

/**
 * Writes stand-ins for the charging RA DU and the services DU under the file names the launcher
 * looks for, so the main job runs every step through a real SLEE before those DUs exist.
 */
public final class StandInDus {
  private static final String DU_DOCTYPE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<!DOCTYPE deployable-unit PUBLIC \"-//Sun Microsystems, Inc.//DTD JAIN SLEE Deployable"
      + " Unit 1.1//EN\" \"http://java.sun.com/dtd/slee-deployable-unit_1_1.dtd\">\n";

  private StandInDus() {}

  public static void writeTo(Path dir) {
    JavaArchive raType = ShrinkWrap.create(JavaArchive.class, "standin-ratype.jar")
        .addAsManifestResource(new StringAsset(resource("resource-adaptor-type-jar.xml")),
            "resource-adaptor-type-jar.xml");
    JavaArchive ra = ShrinkWrap.create(JavaArchive.class, "standin-ra.jar")
        .addClass(StandInChargingRa.class)
        .addAsManifestResource(new StringAsset(resource("resource-adaptor-jar.xml")),
            "resource-adaptor-jar.xml");
    export(ShrinkWrap.create(JavaArchive.class, LauncherDu.CHARGING_RA.fileName())
        .add(raType, "jars", ZipExporter.class)
        .add(ra, "jars", ZipExporter.class)
        .addAsManifestResource(new StringAsset(DU_DOCTYPE + "<deployable-unit>\n"
            + "  <jar>jars/standin-ratype.jar</jar>\n  <jar>jars/standin-ra.jar</jar>\n"
            + "</deployable-unit>\n"), "deployable-unit.xml"), dir);

    JavaArchive sbbs = ShrinkWrap.create(JavaArchive.class, "standin-sbb.jar")
        .addClass(StandInServiceSbb.class)
        .addAsManifestResource(new StringAsset(resource("sbb-jar.xml")), "sbb-jar.xml");
    export(ShrinkWrap.create(JavaArchive.class, LauncherDu.SERVICES.fileName())
        .add(sbbs, "jars", ZipExporter.class)
        .add(new StringAsset(resource("service.xml")), "services/standin-service.xml")
        .addAsManifestResource(new StringAsset(DU_DOCTYPE + "<deployable-unit>\n"
            + "  <jar>jars/standin-sbb.jar</jar>\n"
            + "  <service-xml>services/standin-service.xml</service-xml>\n"
            + "</deployable-unit>\n"), "deployable-unit.xml"), dir);
  }

  private static void export(JavaArchive du, Path dir) {
    du.as(ZipExporter.class).exportTo(dir.resolve(du.getName()).toFile(), true);
  }

  private static String resource(String name) {
    try (InputStream in = StandInDus.class.getResourceAsStream("/standin/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
