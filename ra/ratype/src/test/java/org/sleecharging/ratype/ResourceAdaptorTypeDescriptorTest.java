package org.sleecharging.ratype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringReader;
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

class ResourceAdaptorTypeDescriptorTest {

    private static final File DTD = new File(System.getProperty("slee.dtd.directory", "../../../shared/jslee-dtd"), "slee-resource-adaptor-type-jar_1_1.dtd");

    @Test
    void filteredDescriptorIsValidAgainstTheJainSlee11Dtd() throws Exception {
        assumeTrue(DTD.isFile(), "JAIN SLEE DTD " + DTD + " not found: DTD validation skipped");
        List<String> problems = new ArrayList<String>();

        parse(true, problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void namesTheApiClassesAndRefersToEveryChargingEventWithFilteredVersions() throws Exception {
        Document document = parse(false, new ArrayList<String>());

        assertThat(Class.forName(text(document.getDocumentElement(), "activity-type-name")))
                .isEqualTo(ChargingSessionActivity.class);
        assertThat(Class.forName(text(document.getDocumentElement(), "activity-context-interface-factory-interface-name")))
                .isEqualTo(ChargingActivityContextInterfaceFactory.class);
        assertThat(Class.forName(text(document.getDocumentElement(), "resource-adaptor-interface-name")))
                .isEqualTo(ChargingProvider.class);
        assertThat(text(document.getDocumentElement(), "resource-adaptor-type-version")).isEqualTo("1.0");
        NodeList refs = document.getElementsByTagName("event-type-ref");
        assertThat(refs.getLength()).isEqualTo(27);
        for (int i = 0; i < refs.getLength(); i++) {
            Element ref = (Element) refs.item(i);
            String name = text(ref, "event-type-name");
            assertThat(name).startsWith("org.sleecharging.charging.");
            Class<?> eventClass = Class.forName("org.sleecharging.events." + name.substring(name.lastIndexOf('.') + 1));
            assertThat(Serializable.class).isAssignableFrom(eventClass);
            assertThat(text(ref, "event-type-vendor")).isEqualTo("org.sleecharging");
            assertThat(text(ref, "event-type-version")).isEqualTo("1.0");
        }
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    private static Document parse(boolean validate, final List<String> problems) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(validate);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) ->
                DTD.isFile() ? new InputSource(DTD.toURI().toString()) : new InputSource(new StringReader("")));
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
        URL descriptor = ResourceAdaptorTypeDescriptorTest.class.getResource("/META-INF/resource-adaptor-type-jar.xml");
        assertThat(descriptor).as("META-INF/resource-adaptor-type-jar.xml on the class path").isNotNull();
        try (InputStream in = descriptor.openStream()) {
            return builder.parse(in);
        }
    }
}
