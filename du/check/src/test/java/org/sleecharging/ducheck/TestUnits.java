package org.sleecharging.ducheck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small DU jars and a DTD directory for the tests. */
final class TestUnits {

  static final String DOCTYPE_DU = "<!DOCTYPE deployable-unit PUBLIC"
      + " \"-//Sun Microsystems, Inc.//DTD JAIN SLEE Deployable Unit 1.1//EN\""
      + " \"http://java.sun.com/dtd/slee-deployable-unit_1_1.dtd\">\n";
  static final String DOCTYPE_EVENT = "<!DOCTYPE event-jar PUBLIC"
      + " \"-//Sun Microsystems, Inc.//DTD JAIN SLEE Event 1.1//EN\""
      + " \"http://java.sun.com/dtd/slee-event-jar_1_1.dtd\">\n";
  static final String DOCTYPE_LIBRARY = "<!DOCTYPE library-jar PUBLIC"
      + " \"-//Sun Microsystems, Inc.//DTD JAIN SLEE Library 1.1//EN\""
      + " \"http://java.sun.com/dtd/slee-library-jar_1_1.dtd\">\n";
  static final String DOCTYPE_SBB = "<!DOCTYPE sbb-jar PUBLIC"
      + " \"-//Sun Microsystems, Inc.//DTD JAIN SLEE SBB 1.1//EN\""
      + " \"http://java.sun.com/dtd/slee-sbb-jar_1_1.dtd\">\n";
  static final String DOCTYPE_SERVICE = "<!DOCTYPE service-xml PUBLIC"
      + " \"-//Sun Microsystems, Inc.//DTD JAIN SLEE Service 1.1//EN\""
      + " \"http://java.sun.com/dtd/slee-service_1_1.dtd\">\n";

  static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  static final String EVENT_JAR_XML = XML + DOCTYPE_EVENT
      + "<event-jar>\n"
      + "  <event-definition>\n"
      + "    <event-type-name>Ping</event-type-name>\n"
      + "    <event-type-vendor>org.example</event-type-vendor>\n"
      + "    <event-type-version>1.0</event-type-version>\n"
      + "    <event-class-name>java.lang.String</event-class-name>\n"
      + "  </event-definition>\n"
      + "</event-jar>\n";

  static final String LIBRARY_JAR_XML = XML + DOCTYPE_LIBRARY
      + "<library-jar>\n"
      + "  <library>\n"
      + "    <library-name>thing</library-name>\n"
      + "    <library-vendor>org.example</library-vendor>\n"
      + "    <library-version>1.0</library-version>\n"
      + "    <jar><jar-name>jars/thing.jar</jar-name></jar>\n"
      + "  </library>\n"
      + "</library-jar>\n";

  static final String SERVICE_XML = XML + DOCTYPE_SERVICE
      + "<service-xml>\n"
      + "  <service>\n"
      + "    <service-name>S</service-name>\n"
      + "    <service-vendor>org.example</service-vendor>\n"
      + "    <service-version>1.0</service-version>\n"
      + "    <root-sbb>\n"
      + "      <sbb-name>R</sbb-name><sbb-vendor>org.example</sbb-vendor>"
      + "<sbb-version>1.0</sbb-version>\n"
      + "    </root-sbb>\n"
      + "    <default-priority>0</default-priority>\n"
      + "  </service>\n"
      + "</service-xml>\n";

  static String duXml(String... entries) {
    StringBuilder s = new StringBuilder(XML).append(DOCTYPE_DU).append("<deployable-unit>\n");
    for (String e : entries) {
      s.append(e.endsWith(".jar") ? "  <jar>" + e + "</jar>\n"
          : "  <service-xml>" + e + "</service-xml>\n");
    }
    return s.append("</deployable-unit>\n").toString();
  }

  static byte[] jar(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] eventJar(String descriptor) {
    return jar(Map.of("META-INF/event-jar.xml", text(descriptor)));
  }

  static byte[] libraryJar(String descriptor, String... nestedJars) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("META-INF/library-jar.xml", text(descriptor));
    for (String n : nestedJars) {
      entries.put(n, jar(Map.of("x/Thing.class", new byte[] {1})));
    }
    return jar(entries);
  }

  /** A DU jar with the given entries; strings are written as UTF-8. */
  static Path du(Path dir, String name, Map<String, Object> entries) throws IOException {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    entries.forEach((k, v) -> bytes.put(k, v instanceof String s ? text(s) : (byte[]) v));
    Path file = dir.resolve(name);
    Files.write(file, jar(bytes));
    return file;
  }

  /** A valid DU: an event jar, a library jar with one nested jar, a service descriptor. */
  static Map<String, Object> validEntries() {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("META-INF/deployable-unit.xml",
        duXml("jars/events.jar", "jars/library.jar", "services/service.xml"));
    e.put("jars/events.jar", eventJar(EVENT_JAR_XML));
    e.put("jars/library.jar", libraryJar(LIBRARY_JAR_XML, "jars/thing.jar"));
    e.put("services/service.xml", SERVICE_XML);
    return e;
  }

  /** The JAIN SLEE 1.1 DTDs, copied from the embedded container's jar into {@code dir}. */
  static Path dtdDirectory(Path dir) throws IOException {
    for (String dtd : List.of("slee-deployable-unit_1_1.dtd", "slee-event-jar_1_1.dtd",
        "slee-library-jar_1_1.dtd", "slee-resource-adaptor-jar_1_1.dtd",
        "slee-resource-adaptor-type-jar_1_1.dtd", "slee-sbb-jar_1_1.dtd",
        "slee-service-xml_1_1.dtd")) {
      try (InputStream in = TestUnits.class.getResourceAsStream(
          "/org/sleecharging/container/dtd/" + dtd)) {
        if (in == null) {
          throw new IllegalStateException("the container jar no longer bundles " + dtd);
        }
        Files.copy(in, dir.resolve(dtd));
      }
    }
    return dir;
  }

  private TestUnits() {}
}
