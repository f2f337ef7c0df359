package org.sleecharging.container.internal.deploy;

import static org.sleecharging.container.internal.deploy.TestDescriptors.PKG;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.sleecharging.container.internal.deploy.testcomponents.ChildSbb;
import org.sleecharging.container.internal.deploy.testcomponents.LibValue;
import org.sleecharging.container.internal.deploy.testcomponents.NestedLibValue;
import org.sleecharging.container.internal.deploy.testcomponents.NotAnRa;
import org.sleecharging.container.internal.deploy.testcomponents.NotAnSbb;
import org.sleecharging.container.internal.deploy.testcomponents.PingAciFactory;
import org.sleecharging.container.internal.deploy.testcomponents.PingActivity;
import org.sleecharging.container.internal.deploy.testcomponents.PingEvent;
import org.sleecharging.container.internal.deploy.testcomponents.PingProvider;
import org.sleecharging.container.internal.deploy.testcomponents.PingRa;
import org.sleecharging.container.internal.deploy.testcomponents.PingSbb;
import org.sleecharging.container.internal.deploy.testcomponents.PingSbbAci;
import org.sleecharging.container.internal.deploy.testcomponents.PingSbbLocal;

/**
 * Builds deployable unit jars from the test component classes. {@link #full()} is a valid unit with
 * every kind of component; tests replace one descriptor to make it invalid.
 */
final class TestUnit {

  private final Map<String, JavaArchive> jars = new LinkedHashMap<>();
  private final Map<String, String> serviceXmls = new LinkedHashMap<>();
  private String duXml;

  /** Library, events, RA type, RA, SBBs and service, listed in deployable-unit.xml backwards. */
  static TestUnit full() {
    return new TestUnit()
        .jar(
            "sbbs.jar",
            TestDescriptors.sbbJar(PKG + "PingSbb", ""),
            PingSbb.class,
            ChildSbb.class,
            PingSbbLocal.class,
            PingSbbAci.class,
            NotAnSbb.class)
        .service("META-INF/service.xml", TestDescriptors.serviceXml("PingSbb"))
        .jar(
            "ra.jar",
            TestDescriptors.raJar(PKG + "PingRa", TestDescriptors.VALID_CONFIG),
            PingRa.class,
            NotAnRa.class)
        .jar(
            "ratype.jar",
            TestDescriptors.raTypeJar("PingRaType", TestDescriptors.eventTypeRef("PingEvent")),
            PingActivity.class,
            PingAciFactory.class,
            PingProvider.class)
        .jar(
            "events.jar",
            TestDescriptors.eventJar(
                TestDescriptors.libraryRef("PingLib"),
                TestDescriptors.eventDefinition("PingEvent", PKG + "PingEvent")),
            PingEvent.class)
        .library("library.jar", TestDescriptors.libraryJar("PingLib"));
  }

  /** The library and event jars only. */
  static TestUnit eventsOnly() {
    return new TestUnit()
        .library("library.jar", TestDescriptors.libraryJar("PingLib"))
        .jar(
            "events.jar",
            TestDescriptors.eventJar(
                TestDescriptors.libraryRef("PingLib"),
                TestDescriptors.eventDefinition("PingEvent", PKG + "PingEvent")),
            PingEvent.class);
  }

  TestUnit library(String name, String descriptor) {
    JavaArchive nested =
        ShrinkWrap.create(JavaArchive.class, "nested.jar").addClass(NestedLibValue.class);
    JavaArchive jar =
        ShrinkWrap.create(JavaArchive.class, name)
            .addClass(LibValue.class)
            .add(nested, "lib", ZipExporter.class)
            .addAsManifestResource(new StringAsset(descriptor), "library-jar.xml");
    jars.put(name, jar);
    return this;
  }

  /** A component jar; the descriptor file is named after the descriptor's root element. */
  TestUnit jar(String name, String descriptor, Class<?>... classes) {
    String root = descriptor.substring(descriptor.indexOf("<!DOCTYPE ") + 10).split(" ")[0];
    return rawJar(name, "META-INF/" + root + ".xml", descriptor, classes);
  }

  TestUnit rawJar(String name, String descriptorPath, String descriptor, Class<?>... classes) {
    JavaArchive jar =
        ShrinkWrap.create(JavaArchive.class, name)
            .addClasses(classes)
            .add(new StringAsset(descriptor), descriptorPath);
    jars.put(name, jar);
    return this;
  }

  /** Replaces the descriptor of an existing jar, keeping its classes. */
  TestUnit replace(String jarName, String descriptorPath, String descriptor) {
    JavaArchive jar = jars.get(jarName);
    jar.delete(descriptorPath);
    jar.add(new StringAsset(descriptor), descriptorPath);
    return this;
  }

  /** The component jars by name, in deployable-unit.xml order; tests may remove some. */
  Map<String, JavaArchive> jars() {
    return jars;
  }

  /** Adds, replaces or (with a null xml) removes a service.xml. */
  TestUnit service(String path, String xml) {
    if (xml == null) {
      serviceXmls.remove(path);
      return this;
    }
    serviceXmls.put(path, xml);
    return this;
  }

  TestUnit deployableUnitXml(String xml) {
    this.duXml = xml;
    return this;
  }

  Path writeTo(Path dir, String fileName) {
    JavaArchive du = ShrinkWrap.create(JavaArchive.class, fileName);
    List<String> entries = new ArrayList<>();
    for (Map.Entry<String, JavaArchive> e : jars.entrySet()) {
      du.add(e.getValue(), "/", ZipExporter.class);
      entries.add("<jar>" + e.getKey() + "</jar>");
    }
    for (Map.Entry<String, String> e : serviceXmls.entrySet()) {
      du.add(new StringAsset(e.getValue()), e.getKey());
      entries.add("<service-xml>" + e.getKey() + "</service-xml>");
    }
    String descriptor =
        duXml != null ? duXml : TestDescriptors.deployableUnit(entries.toArray(String[]::new));
    du.add(new StringAsset(descriptor), DeployableUnitReader.DU_DESCRIPTOR);
    Path file = dir.resolve(fileName);
    du.as(ZipExporter.class).exportTo(file.toFile(), true);
    return file;
  }
}
