package org.sleecharging.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.slee.resource.ConfigProperties;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sleecharging.ra.ChargingResourceAdaptor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Keeps deploy-config.xml, ChargingRA.properties and the guide true to the RA's resource-adaptor-jar.xml. */
class DeployConfigTest {

    private static final Path DIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    /** Descriptor properties in declaration order: name → {type, default}. */
    private static final Map<String, String[]> declared = new LinkedHashMap<>();
    private static Element raDescriptor;
    private static Element raEntity;

    @BeforeAll
    static void load() throws Exception {
        URL url = ChargingResourceAdaptor.class.getClassLoader().getResource("META-INF/resource-adaptor-jar.xml");
        assertThat(url).as("resource-adaptor-jar.xml in the RA jar").isNotNull();
        try (InputStream in = url.openStream()) {
            raDescriptor = parse(new InputSource(in));
        }
        NodeList props = raDescriptor.getElementsByTagName("config-property");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            declared.put(text(p, "config-property-name"),
                    new String[] {text(p, "config-property-type"), text(p, "config-property-value")});
        }
        raEntity = (Element) parse(new InputSource(Files.newInputStream(DIR.resolve("deploy-config.xml"))))
                .getElementsByTagName("ra-entity").item(0);
    }

    @Test
    void raEntityNamesTheShippedResourceAdaptorAndTheManagersLinkName() {
        String id = "ResourceAdaptorID[name=" + text(raDescriptor, "resource-adaptor-name") + ",vendor="
                + text(raDescriptor, "resource-adaptor-vendor") + ",version=" + text(raDescriptor, "resource-adaptor-version") + "]";
        assertThat(raEntity.getAttribute("resource-adaptor-id")).isEqualTo(id);
        assertThat(raEntity.getAttribute("entity-name")).isEqualTo("ChargingRA");
        assertThat(((Element) raEntity.getElementsByTagName("ra-link").item(0)).getAttribute("name")).isEqualTo("ChargingRA");
    }

    @Test
    void everyDeployConfigPropertyIsDeclaredWithTheSameType() {
        Map<String, String[]> configured = deployConfigProperties();
        assertThat(configured).isNotEmpty();
        configured.forEach((name, typeAndValue) -> {
            assertThat(declared).as("property %s in resource-adaptor-jar.xml", name).containsKey(name);
            assertThat(typeAndValue[0]).as("type of %s", name).isEqualTo(declared.get(name)[0]);
        });
    }

    @Test
    void propertiesFileHoldsTheSameSettingsAsDeployConfig() throws IOException {
        Properties file = new Properties();
        try (Reader in = Files.newBufferedReader(DIR.resolve("ChargingRA.properties"), StandardCharsets.UTF_8)) {
            file.load(in);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        deployConfigProperties().forEach((name, typeAndValue) -> expected.put(name, typeAndValue[1]));
        assertThat(new TreeSet<>(file.stringPropertyNames())).isEqualTo(new TreeSet<>(expected.keySet()));
        expected.forEach((name, value) -> assertThat(file.getProperty(name)).as(name).isEqualTo(value));
    }

    /** The values an administrator would deploy pass the RA's own raVerifyConfiguration. */
    @Test
    void theRaAcceptsTheShippedConfiguration() {
        ConfigProperties properties = new ConfigProperties();
        declared.forEach((name, typeAndDefault) -> properties.addProperty(
                new ConfigProperties.Property(name, typeAndDefault[0], ConfigProperties.Property.toObject(typeAndDefault[0], typeAndDefault[1]))));
        deployConfigProperties().forEach((name, typeAndValue) -> properties.getProperty(name)
                .setValue(ConfigProperties.Property.toObject(typeAndValue[0], typeAndValue[1])));
        assertThatCode(() -> new ChargingResourceAdaptor().raVerifyConfiguration(properties)).doesNotThrowAnyException();
    }

    @Test
    void guideTablesListExactlyTheDeclaredProperties() throws IOException {
        String guide = Files.readString(DIR.resolve("README.md"));
        Matcher rows = Pattern.compile("(?m)^\\| `([A-Za-z]+)` \\| (\\w+) \\| `([^`]*)` \\|").matcher(guide);
        Map<String, String[]> documented = new LinkedHashMap<>();
        while (rows.find()) {
            documented.put(rows.group(1), new String[] {"java.lang." + rows.group(2), rows.group(3)});
        }
        assertThat(documented.keySet()).containsExactlyElementsOf(declared.keySet());
        documented.forEach((name, typeAndDefault) -> {
            assertThat(typeAndDefault[0]).as("type of %s in the guide", name).isEqualTo(declared.get(name)[0]);
            assertThat(typeAndDefault[1]).as("default of %s in the guide", name).isEqualTo(declared.get(name)[1]);
        });
    }

    private static Map<String, String[]> deployConfigProperties() {
        Map<String, String[]> result = new LinkedHashMap<>();
        NodeList list = raEntity.getElementsByTagName("property");
        for (int i = 0; i < list.getLength(); i++) {
            Element p = (Element) list.item(i);
            result.put(p.getAttribute("name"), new String[] {p.getAttribute("type"), p.getAttribute("value")});
        }
        return result;
    }

    private static Element parse(InputSource source) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        // Never fetch the DOCTYPE's DTD over the network.
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        Document doc = builder.parse(source);
        return doc.getDocumentElement();
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
