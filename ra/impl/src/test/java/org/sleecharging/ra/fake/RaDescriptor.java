package org.sleecharging.ra.fake;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.slee.resource.ConfigProperties;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The RA's filtered META-INF/resource-adaptor-jar.xml from the class path, parsed with the JAIN
 * SLEE 1.1 DTD resolved locally (test resource dtd/), and the configuration properties a SLEE
 * would give a new entity that sets none: the declared defaults, typed.
 */
public final class RaDescriptor {

    public static final String DTD_SYSTEM_ID = "http://java.sun.com/dtd/slee-resource-adaptor-jar_1_1.dtd";

    public record Property(String name, String type, String defaultValue, String description) {}

    public final Document document;
    public final List<String> problems;

    private RaDescriptor(Document document, List<String> problems) {
        this.document = document;
        this.problems = problems;
    }

    public static RaDescriptor load() {
        List<String> problems = new ArrayList<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setValidating(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                if (!DTD_SYSTEM_ID.equals(systemId)) {
                    problems.add("unexpected DTD " + publicId + " " + systemId);
                    return new InputSource(new StringReader(""));
                }
                URL dtd = RaDescriptor.class.getResource("/dtd/slee-resource-adaptor-jar_1_1.dtd");
                return new InputSource(dtd.toString());
            });
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    problems.add("warning at line " + e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add("error at line " + e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    problems.add("fatal at line " + e.getLineNumber() + ": " + e.getMessage());
                }
            });
            try (InputStream in = RaDescriptor.class.getResourceAsStream("/META-INF/resource-adaptor-jar.xml")) {
                return new RaDescriptor(builder.parse(in), problems);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse the RA descriptor", e);
        }
    }

    public String text(String tag) {
        return document.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    public Element element(String tag) {
        return (Element) document.getElementsByTagName(tag).item(0);
    }

    public List<Element> elements(String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    public Map<String, Property> properties() {
        Map<String, Property> result = new LinkedHashMap<>();
        for (Element p : elements("config-property")) {
            NodeList value = p.getElementsByTagName("config-property-value");
            result.put(child(p, "config-property-name"), new Property(child(p, "config-property-name"),
                    child(p, "config-property-type"),
                    value.getLength() == 0 ? null : value.item(0).getTextContent().trim(), child(p, "description")));
        }
        return result;
    }

    /** The properties with their declared defaults, as the SLEE passes them to a new entity. */
    public ConfigProperties defaults() {
        ConfigProperties properties = new ConfigProperties();
        for (Property p : properties().values()) {
            properties.addProperty(new ConfigProperties.Property(p.name(), p.type(),
                    ConfigProperties.Property.toObject(p.type(), p.defaultValue())));
        }
        return properties;
    }

    /** Defaults with some values replaced: name, value, name, value… (values already typed). */
    public ConfigProperties with(Object... nameValues) {
        ConfigProperties properties = defaults();
        for (int i = 0; i < nameValues.length; i += 2) {
            ConfigProperties.Property p = properties.getProperty((String) nameValues[i]);
            if (p == null) {
                throw new IllegalArgumentException("no config property " + nameValues[i] + " in the descriptor");
            }
            p.setValue(nameValues[i + 1]);
        }
        return properties;
    }

    private static String child(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }
}
