package org.sleecharging.manager.sbb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.slee.ActivityContextInterface;
import javax.slee.Address;
import javax.slee.SbbLocalObject;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.sleecharging.manager.ChargingManager;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

class SbbDescriptorTest {
    private static final File DTD = new File(System.getProperty("slee.dtd.directory", "../../../shared/jslee-dtd"), "slee-sbb-jar_1_1.dtd");
    private static final Class<?> SBB = ChargingManagerSbb.class;

    @Test
    void filteredDescriptorIsValidAgainstTheJainSlee11Dtd() throws Exception {
        assumeTrue(DTD.isFile(), "JAIN SLEE DTD " + DTD + " not found: DTD validation skipped");
        List<String> problems = new ArrayList<String>();

        parse(resource("/META-INF/sbb-jar.xml"), true, problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void namesTheSbbClassesAndFilteredIds() throws Exception {
        Element sbb = sbb();
        assertThat(text(sbb, "sbb-name")).isEqualTo("ChargingManagerSbb");
        assertThat(text(sbb, "sbb-vendor")).isEqualTo("org.sleecharging");
        assertThat(text(sbb, "sbb-version")).isEqualTo("1.0");
        assertThat(Class.forName(text(sbb, "sbb-abstract-class-name"))).isEqualTo(SBB);
        assertThat(Modifier.isAbstract(SBB.getModifiers())).isTrue();
        assertThat(Class.forName(text(sbb, "sbb-local-interface-name"))).isEqualTo(ChargingManager.class);
    }

    @Test
    void theSbbClassImplementsEveryMethodOfTheLocalInterface() throws Exception {
        for (Method method : ChargingManager.class.getMethods()) {
            if (method.getDeclaringClass() == SbbLocalObject.class) {
                continue;
            }
            Method implementation = SBB.getMethod(method.getName(), method.getParameterTypes());
            assertThat(Modifier.isAbstract(implementation.getModifiers())).as(method.toString()).isFalse();
            assertThat(implementation.getReturnType()).as(method.toString()).isEqualTo(method.getReturnType());
        }
    }

    @Test
    void everyCmpFieldHasAMatchingAbstractGetterAndSetter() throws Exception {
        NodeList fields = sbb().getElementsByTagName("cmp-field-name");
        assertThat(fields.getLength()).isEqualTo(4);
        for (int i = 0; i < fields.getLength(); i++) {
            String name = fields.item(i).getTextContent().trim();
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            Method getter = SBB.getMethod("get" + cap);
            Method setter = SBB.getMethod("set" + cap, getter.getReturnType());
            assertThat(Modifier.isAbstract(getter.getModifiers())).as(name).isTrue();
            assertThat(Modifier.isAbstract(setter.getModifiers())).as(name).isTrue();
        }
    }

    @Test
    void everyEventHasAHandlerOrFireMethodForItsDeclaredEventClass() throws Exception {
        Map<String, String> eventClasses = eventClassesOfTheEventJar();
        eventClasses.put("javax.slee.facilities.TimerEvent/javax.slee/1.0", "javax.slee.facilities.TimerEvent");
        eventClasses.put("javax.slee.ActivityEndEvent/javax.slee/1.0", "javax.slee.ActivityEndEvent");
        NodeList events = sbb().getElementsByTagName("event");
        int fired = 0;
        for (int i = 0; i < events.getLength(); i++) {
            Element event = (Element) events.item(i);
            String name = text(event, "event-name");
            String type = text(event, "event-type-name") + "/" + text(event, "event-type-vendor") + "/"
                    + text(event, "event-type-version");
            assertThat(eventClasses).as("event type of " + name).containsKey(type);
            Class<?> eventClass = Class.forName(eventClasses.get(type));
            if (event.getAttribute("event-direction").equals("Fire")) {
                Method fire = SBB.getMethod("fire" + name, eventClass, ActivityContextInterface.class, Address.class);
                assertThat(Modifier.isAbstract(fire.getModifiers())).as(fire.toString()).isTrue();
                assertThat(type).startsWith("org.sleecharging.manager.");
                fired++;
            } else {
                assertThat(event.getAttribute("event-direction")).isEqualTo("Receive");
                Method handler = SBB.getMethod("on" + name, eventClass, ActivityContextInterface.class);
                assertThat(handler.getReturnType()).isEqualTo(void.class);
                assertThat(event.getAttribute("initial-event")).isEqualTo("False");
            }
        }
        assertThat(fired).isEqualTo(3);
        assertThat(events.getLength()).isEqualTo(18);
    }

    @Test
    void bindsTheChargingRaTypeWithItsAciFactoryAndTheChargingRaLink() throws Exception {
        Element binding = (Element) sbb().getElementsByTagName("resource-adaptor-type-binding").item(0);
        assertThat(text(binding, "resource-adaptor-type-name")).isEqualTo("ChargingResourceAdaptorType");
        assertThat(text(binding, "resource-adaptor-type-vendor")).isEqualTo("org.sleecharging");
        assertThat(text(binding, "resource-adaptor-type-version")).isEqualTo("1.0");
        assertThat(text(binding, "resource-adaptor-entity-link")).isEqualTo("ChargingRA");
        assertThat("java:comp/env/" + text(binding, "resource-adaptor-object-name"))
                .isEqualTo(ChargingManagerSbb.PROVIDER);
        assertThat("java:comp/env/" + text(binding, "activity-context-interface-factory-name"))
                .isEqualTo(ChargingManagerSbb.ACI_FACTORY);
    }

    private static Map<String, String> eventClassesOfTheEventJar() throws Exception {
        Map<String, String> classes = new HashMap<String, String>();
        Enumeration<URL> jars = SbbDescriptorTest.class.getClassLoader().getResources("META-INF/event-jar.xml");
        assertThat(jars.hasMoreElements()).as("event-jar.xml of the events module on the class path").isTrue();
        while (jars.hasMoreElements()) {
            Document document = parse(jars.nextElement(), false, new ArrayList<String>());
            NodeList definitions = document.getElementsByTagName("event-definition");
            for (int i = 0; i < definitions.getLength(); i++) {
                Element d = (Element) definitions.item(i);
                classes.put(text(d, "event-type-name") + "/" + text(d, "event-type-vendor") + "/"
                        + text(d, "event-type-version"), text(d, "event-class-name"));
            }
        }
        return classes;
    }

    private static Element sbb() throws Exception {
        Document document = parse(resource("/META-INF/sbb-jar.xml"), false, new ArrayList<String>());
        return (Element) document.getElementsByTagName("sbb").item(0);
    }

    private static URL resource(String name) {
        URL url = SbbDescriptorTest.class.getResource(name);
        assertThat(url).as(name + " on the class path").isNotNull();
        return url;
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    private static Document parse(URL url, boolean validate, final List<String> problems) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(validate);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> validate && DTD.isFile()
                ? new InputSource(DTD.toURI().toString()) : new InputSource(new StringReader("")));
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
        try (InputStream in = url.openStream()) {
            return builder.parse(in);
        }
    }
}
