package org.sleecharging.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

class EventJarDescriptorTest {

    private static final File DTD_DIR = new File(System.getProperty("slee.dtd.directory", "../../shared/jslee-dtd"));
    private static final String DTD = "slee-event-jar_1_1.dtd";

    @Test
    void filteredDescriptorIsValidAgainstTheJainSlee11Dtd() throws Exception {
        assumeTrue(new File(DTD_DIR, DTD).isFile(), "JAIN SLEE DTDs not found in " + DTD_DIR + ": DTD validation skipped");
        List<String> problems = new ArrayList<String>();

        parse(true, problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void everyEventDefinitionNamesAnExistingSerializableClassWithFilteredVendorAndVersion() throws Exception {
        Document document = parse(false, new ArrayList<String>());
        NodeList definitions = document.getElementsByTagName("event-definition");

        assertThat(definitions.getLength()).isEqualTo(30);
        for (int i = 0; i < definitions.getLength(); i++) {
            Element definition = (Element) definitions.item(i);
            String typeName = text(definition, "event-type-name");
            Class<?> eventClass = Class.forName(text(definition, "event-class-name"));
            assertThat(Serializable.class).isAssignableFrom(eventClass);
            assertThat(typeName).endsWith("." + eventClass.getSimpleName())
                    .matches("org\\.sleecharging\\.(charging|manager)\\.[A-Za-z]+");
            assertThat(text(definition, "event-type-vendor")).isEqualTo("org.sleecharging");
            assertThat(text(definition, "event-type-version")).isEqualTo("1.0");
        }
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    static Document parse(boolean validate, final List<String> problems) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(validate);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> {
            File local = new File(DTD_DIR, DTD);
            return local.isFile() ? new InputSource(local.toURI().toString()) : new InputSource(new java.io.StringReader(""));
        });
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("fatal at line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        URL descriptor = EventJarDescriptorTest.class.getResource("/META-INF/event-jar.xml");
        assertThat(descriptor).as("META-INF/event-jar.xml on the class path").isNotNull();
        try (InputStream in = descriptor.openStream()) {
            return builder.parse(in);
        }
    }
}
