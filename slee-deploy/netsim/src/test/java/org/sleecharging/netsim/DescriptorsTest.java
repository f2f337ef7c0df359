package org.sleecharging.netsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sleecharging.netsim.event.NetworkEventType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The filtered descriptors under target/du are valid against the JAIN SLEE 1.1 DTDs (the copies
 * bundled with the embedded container; nothing is fetched) and declare every simulator event.
 */
class DescriptorsTest {
  private static final Path DU = Path.of("target", "du");

  @ParameterizedTest
  @ValueSource(strings = {"events/META-INF/event-jar.xml",
      "ratype/META-INF/resource-adaptor-type-jar.xml", "ra/META-INF/resource-adaptor-jar.xml",
      "du/META-INF/deployable-unit.xml"})
  void validAgainstTheDtd(String file) throws Exception {
    Document doc = parse(DU.resolve(file));

    assertThat(doc.getDocumentElement()).isNotNull();
    assertThat(Files.readString(DU.resolve(file))).doesNotContain("${");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sbb-jar.xml", "service.xml"})
  void testServiceDescriptorsOfTheItAreValidToo(String file) throws Exception {
    assertThat(parse(Path.of("src", "test", "resources", "it", file)).getDocumentElement())
        .isNotNull();
  }

  @Test
  void eventJarDeclaresEveryEventTypeWithItsClass() throws Exception {
    Document doc = parse(DU.resolve("events/META-INF/event-jar.xml"));
    List<String> declared = new ArrayList<>();
    NodeList defs = doc.getElementsByTagName("event-definition");
    for (int i = 0; i < defs.getLength(); i++) {
      Element d = (Element) defs.item(i);
      declared.add(text(d, "event-type-name") + "/" + text(d, "event-type-vendor") + "/"
          + text(d, "event-type-version") + "=" + text(d, "event-class-name"));
    }
    List<String> expected = new ArrayList<>();
    for (NetworkEventType t : NetworkEventType.values()) {
      expected.add(t.eventTypeId().getName() + "/" + t.eventTypeId().getVendor() + "/"
          + t.eventTypeId().getVersion() + "=" + t.eventClass().getName());
    }
    assertThat(declared).containsExactlyElementsOf(expected);
  }

  @Test
  void raTypeReferencesEveryEventTypeAndMatchesTheConstants() throws Exception {
    Document doc = parse(DU.resolve("ratype/META-INF/resource-adaptor-type-jar.xml"));
    NodeList refs = doc.getElementsByTagName("event-type-ref");

    assertThat(refs.getLength()).isEqualTo(NetworkEventType.values().length);
    Element type = (Element) doc.getElementsByTagName("resource-adaptor-type").item(0);
    assertThat(text(type, "resource-adaptor-type-name"))
        .isEqualTo(NetworkSimulator.RA_TYPE.getName());
    assertThat(text(type, "resource-adaptor-type-version"))
        .isEqualTo(NetworkSimulator.RA_TYPE.getVersion());
    Document ra = parse(DU.resolve("ra/META-INF/resource-adaptor-jar.xml"));
    assertThat(text(ra.getDocumentElement(), "resource-adaptor-name"))
        .isEqualTo(NetworkSimulator.RA.getName());
    assertThat(text(ra.getDocumentElement(), "resource-adaptor-vendor"))
        .isEqualTo(NetworkSimulator.RA.getVendor());
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setValidating(true);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setEntityResolver((publicId, systemId) -> {
      String name = systemId.substring(systemId.lastIndexOf('/') + 1);
      if (name.equals("slee-service_1_1.dtd")) {
        name = "slee-service-xml_1_1.dtd"; // the spec's system id; the DTD file's own name
      }
      InputStream dtd = DescriptorsTest.class.getResourceAsStream(
          "/org/sleecharging/container/dtd/" + name);
      if (dtd == null) {
        throw new SAXParseException("no local DTD for " + systemId, null);
      }
      return new InputSource(dtd);
    });
    b.setErrorHandler(new DefaultHandler() {
      @Override
      public void error(SAXParseException e) throws SAXParseException {
        throw e;
      }
    });
    return b.parse(file.toFile());
  }
}
