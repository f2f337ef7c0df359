package org.sleecharging.arquillian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleecharging.arquillian.testdu.GreeterDus;
import org.sleecharging.arquillian.testdu.Greeting;
import org.sleecharging.arquillian.testdu.GreeterSbb;

class DeployableUnitsTest {
  @TempDir Path dir;

  @Test
  void writesADuJarWithNestedComponentJarsServicesAndTheDuDescriptor() throws IOException {
    Path file = dir.resolve("du.jar");
    GreeterDus.serviceDu().as(ZipExporter.class).exportTo(file.toFile());

    try (ZipFile zip = new ZipFile(file.toFile())) {
      String xml = text(zip, "META-INF/deployable-unit.xml");
      assertThat(xml).startsWith(DeployableUnits.DU_DOCTYPE)
          .contains("-//Sun Microsystems, Inc.//DTD JAIN SLEE Deployable Unit 1.1//EN");
      assertThat(DeployableUnits.listedEntries(xml))
          .containsExactly("jars/greeter-sbb.jar", "services/greeter-service.xml");
      for (String entry : DeployableUnits.listedEntries(xml)) {
        assertThat(zip.getEntry(entry)).as(entry).isNotNull();
      }
      assertThat(text(zip, "services/greeter-service.xml")).contains("<service-xml>");
      assertThat(nestedEntries(zip, "jars/greeter-sbb.jar")).contains("META-INF/sbb-jar.xml",
          GreeterSbb.class.getName().replace('.', '/') + ".class");
    }
  }

  @Test
  void componentJarNamesItsDescriptorAfterTheRootElement() {
    JavaArchive jar = DeployableUnits.componentJar("e.jar",
        GreeterDus.resource("event-jar.xml"), Greeting.class);

    assertThat(jar.contains("META-INF/event-jar.xml")).isTrue();
    assertThat(jar.contains(Greeting.class.getName().replace('.', '/') + ".class")).isTrue();
  }

  @Test
  void listsJarsThenServicesInTheOrderAdded() {
    JavaArchive a = DeployableUnits.componentJar("a.jar", "<event-jar/>");
    JavaArchive b = DeployableUnits.componentJar("b.jar", "<sbb-jar></sbb-jar>");

    String xml = DeployableUnits.of(b, a).withService("<service-xml/>")
        .withDescription("x & y").deployableUnitXml();

    assertThat(DeployableUnits.listedEntries(xml)).containsExactly("jars/b.jar", "jars/a.jar",
        "services/service-1.xml");
    assertThat(xml).contains("<description>x &amp; y</description>");
  }

  @Test
  void refusesWhatIsNotAComponentJarOrServiceDescriptor() {
    JavaArchive plain = ShrinkWrap.create(JavaArchive.class, "plain.jar");
    assertThatThrownBy(() -> DeployableUnits.of(plain))
        .hasMessageContaining("plain.jar has no JAIN SLEE descriptor");
    assertThatThrownBy(() -> DeployableUnits.componentJar("x.jar", "<service-xml/>"))
        .hasMessageContaining("<service-xml>");
    JavaArchive a = DeployableUnits.componentJar("a.jar", "<event-jar/>");
    assertThatThrownBy(() -> DeployableUnits.of(a, a)).hasMessageContaining("two component jars");
    assertThatThrownBy(() -> DeployableUnits.of(a).withService("<sbb-jar/>"))
        .hasMessageContaining("not <service-xml>");
    assertThatThrownBy(() -> DeployableUnits.of().build("empty.jar"))
        .hasMessageContaining("at least one jar or service");
  }

  private static String text(ZipFile zip, String entry) throws IOException {
    ZipEntry e = zip.getEntry(entry);
    assertThat(e).as(entry).isNotNull();
    try (InputStream in = zip.getInputStream(e)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> nestedEntries(ZipFile zip, String jar) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(zip.getInputStream(zip.getEntry(jar)))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    return names;
  }
}
