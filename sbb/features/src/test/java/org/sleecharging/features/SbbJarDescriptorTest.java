package org.sleecharging.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.slee.ActivityContextInterface;
import javax.slee.ChildRelation;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sleecharging.features.call.CallChargingSbb;
import org.sleecharging.features.content.ContentChargingSbb;
import org.sleecharging.features.message.MessageChargingSbb;
import org.sleecharging.netsim.NetworkSimulator;
import org.sleecharging.netsim.event.NetworkEventType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The features' sbb-jar.xml: valid against the JAIN SLEE 1.1 DTD once filtered, and consistent with
 * the classes it names (JSLEE 1.1 §6.11–§6.13 method rules), the manager it refers to and the
 * network simulator's RA type and events.
 */
class SbbJarDescriptorTest {
    private static final File DTD = new File(System.getProperty("slee.dtd.directory", "../../../shared/jslee-dtd"), "slee-sbb-jar_1_1.dtd");
    private static final String DESCRIPTOR = "META-INF/sbb-jar.xml";

    @Test
    void filteredDescriptorIsValidAgainstTheJainSlee11Dtd() throws Exception {
        assumeTrue(DTD.isFile(), "JAIN SLEE DTD " + DTD + " not found: DTD validation skipped");
        List<String> problems = new ArrayList<>();

        parse(ownDescriptor(), true, problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void declaresTheThreeFeatureSbbsWithIdsFromThePom() throws Exception {
        List<String> names = new ArrayList<>();
        for (Element sbb : sbbs(ownDescriptor())) {
            names.add(text(sbb, "sbb-name"));
            assertThat(text(sbb, "sbb-vendor")).isEqualTo("org.sleecharging");
            assertThat(text(sbb, "sbb-version")).isEqualTo("1.0");
        }
        assertThat(names).containsExactly("ScurCallSbb", "EcurContentSbb", "IecMessageSbb");
    }

    @ParameterizedTest
    @CsvSource({
        "ScurCallSbb, org.sleecharging.features.call.CallChargingSbb, CallAttempt",
        "EcurContentSbb, org.sleecharging.features.content.ContentChargingSbb, ContentRequested",
        "IecMessageSbb, org.sleecharging.features.message.MessageChargingSbb, MessageSubmitted"})
    void eachSbbMatchesItsClass(String name, String className, String initialEvent) throws Exception {
        Element sbb = sbb(name);
        Class<?> type = Class.forName(text(sbb, "sbb-abstract-class-name"));

        assertThat(type.getName()).isEqualTo(className);
        assertThat(Modifier.isAbstract(type.getModifiers()) && Modifier.isPublic(type.getModifiers())).isTrue();
        assertThat(ChargingFeatureSbb.class).isAssignableFrom(type);
        assertCmpFields(sbb, type);
        assertChildRelation(sbb, type);
        assertEvents(sbb, type, initialEvent);
        assertNetworkBinding(sbb);
    }

    @ParameterizedTest
    @CsvSource({"ScurCallSbb", "EcurContentSbb", "IecMessageSbb"})
    void eachSbbRefersToTheChargingManagerSbbAsTheManagerJarDeclaresIt(String name) throws Exception {
        Element ref = (Element) sbb(name).getElementsByTagName("sbb-ref").item(0);
        Element manager = managerSbb();

        assertThat(text(ref, "sbb-name")).isEqualTo(text(manager, "sbb-name")).isEqualTo("ChargingManagerSbb");
        assertThat(text(ref, "sbb-vendor")).isEqualTo(text(manager, "sbb-vendor"));
        assertThat(text(ref, "sbb-version")).isEqualTo(text(manager, "sbb-version"));
        assertThat(text(ref, "sbb-alias")).isEqualTo("ChargingManager");
    }

    @Test
    void theFeatureClassesAreTheOnesDeclared() {
        assertThat(List.of(CallChargingSbb.class, ContentChargingSbb.class, MessageChargingSbb.class))
                .allSatisfy(c -> assertThat(Modifier.isAbstract(c.getModifiers())).isTrue());
    }

    private static void assertCmpFields(Element sbb, Class<?> type) throws Exception {
        NodeList fields = sbb.getElementsByTagName("cmp-field");
        assertThat(fields.getLength()).isEqualTo(5);
        for (int i = 0; i < fields.getLength(); i++) {
            Element field = (Element) fields.item(i);
            String name = text(field, "cmp-field-name");
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            Method getter = type.getMethod("get" + cap);
            Method setter = type.getMethod("set" + cap, getter.getReturnType());
            assertThat(Modifier.isAbstract(getter.getModifiers())).as(name).isTrue();
            assertThat(Modifier.isAbstract(setter.getModifiers())).as(name).isTrue();
            assertThat(getter.getReturnType() == ActivityContextInterface.class
                    || getter.getReturnType().isPrimitive()
                    || java.io.Serializable.class.isAssignableFrom(getter.getReturnType())
                    || javax.slee.SbbLocalObject.class.isAssignableFrom(getter.getReturnType()))
                    .as("JSLEE 1.1 §6.5.1 CMP field type of " + name).isTrue();
            boolean isLocalObject = javax.slee.SbbLocalObject.class.isAssignableFrom(getter.getReturnType());
            assertThat(field.getElementsByTagName("sbb-alias-ref").getLength()).as(name)
                    .isEqualTo(isLocalObject ? 1 : 0);
        }
    }

    private static void assertChildRelation(Element sbb, Class<?> type) throws Exception {
        Element child = (Element) sbb.getElementsByTagName("get-child-relation-method").item(0);
        Method method = type.getMethod(text(child, "get-child-relation-method-name"));
        assertThat(method.getReturnType()).isEqualTo(ChildRelation.class);
        assertThat(Modifier.isAbstract(method.getModifiers())).isTrue();
        assertThat(text(child, "sbb-alias-ref")).isEqualTo("ChargingManager");
    }

    private static void assertEvents(Element sbb, Class<?> type, String initialEvent) throws Exception {
        Map<String, String> classes = eventClasses();
        NodeList events = sbb.getElementsByTagName("event");
        Set<String> declared = new HashSet<>();
        List<String> initial = new ArrayList<>();
        for (int i = 0; i < events.getLength(); i++) {
            Element event = (Element) events.item(i);
            String name = text(event, "event-name");
            String typeId = text(event, "event-type-name") + "/" + text(event, "event-type-vendor") + "/"
                    + text(event, "event-type-version");
            assertThat(classes).as("event type of " + name).containsKey(typeId);
            assertThat(event.getAttribute("event-direction")).isEqualTo("Receive");
            Method handler = type.getMethod("on" + name, Class.forName(classes.get(typeId)),
                    ActivityContextInterface.class);
            assertThat(handler.getReturnType()).isEqualTo(void.class);
            assertThat(Modifier.isAbstract(handler.getModifiers())).isFalse();
            assertThat(handler.getExceptionTypes()).as(handler.toString()).isEmpty();
            declared.add("on" + name);
            if (event.getAttribute("initial-event").equals("True")) {
                initial.add(name);
                Element select = (Element) event.getElementsByTagName("initial-event-select").item(0);
                assertThat(select.getAttribute("variable")).isEqualTo("ActivityContext");
            }
        }
        assertThat(initial).containsExactly(initialEvent);
        for (Method m : type.getMethods()) {
            if (m.getName().startsWith("on") && m.getParameterCount() == 2
                    && m.getParameterTypes()[1] == ActivityContextInterface.class) {
                assertThat(declared).as("handler " + m.getName() + " declared as an event").contains(m.getName());
            }
        }
    }

    private static void assertNetworkBinding(Element sbb) {
        Element binding = (Element) sbb.getElementsByTagName("resource-adaptor-type-binding").item(0);
        assertThat(text(binding, "resource-adaptor-type-name")).isEqualTo(NetworkSimulator.RA_TYPE.getName());
        assertThat(text(binding, "resource-adaptor-type-vendor")).isEqualTo(NetworkSimulator.RA_TYPE.getVendor());
        assertThat(text(binding, "resource-adaptor-type-version")).isEqualTo(NetworkSimulator.RA_TYPE.getVersion());
        assertThat(text(binding, "resource-adaptor-entity-link")).isEqualTo(NetworkSimulator.LINK_NAME);
        assertThat(text(binding, "resource-adaptor-object-name")).isEqualTo(NetworkSimulator.PROVIDER_JNDI_NAME);
        assertThat(text(binding, "activity-context-interface-factory-name"))
                .isEqualTo(NetworkSimulator.ACI_FACTORY_JNDI_NAME);
    }

    /** Event type id to event class: the simulator's (NetworkEventType) and every event-jar.xml on the class path. */
    private static Map<String, String> eventClasses() throws Exception {
        Map<String, String> classes = new HashMap<>();
        for (NetworkEventType t : NetworkEventType.values()) {
            classes.put(t.eventTypeId().getName() + "/" + t.eventTypeId().getVendor() + "/"
                    + t.eventTypeId().getVersion(), t.eventClass().getName());
        }
        for (URL url : Collections.list(SbbJarDescriptorTest.class.getClassLoader().getResources(
                "META-INF/event-jar.xml"))) {
            NodeList definitions = parse(url, false, new ArrayList<>()).getElementsByTagName("event-definition");
            for (int i = 0; i < definitions.getLength(); i++) {
                Element d = (Element) definitions.item(i);
                classes.put(text(d, "event-type-name") + "/" + text(d, "event-type-vendor") + "/"
                        + text(d, "event-type-version"), text(d, "event-class-name"));
            }
        }
        assertThat(classes).containsKey("org.sleecharging.manager.CreditResult/org.sleecharging/1.0");
        return classes;
    }

    private static URL ownDescriptor() throws Exception {
        URL own = new File("target/classes/" + DESCRIPTOR).toURI().toURL();
        for (URL url : Collections.list(SbbJarDescriptorTest.class.getClassLoader().getResources(DESCRIPTOR))) {
            if (url.toString().contains("sbb/features/")) {
                own = url;
            }
        }
        return own;
    }

    private static Element managerSbb() throws Exception {
        for (URL url : Collections.list(SbbJarDescriptorTest.class.getClassLoader().getResources(DESCRIPTOR))) {
            for (Element sbb : sbbs(url)) {
                if (text(sbb, "sbb-abstract-class-name").startsWith("org.sleecharging.manager.")) {
                    return sbb;
                }
            }
        }
        throw new AssertionError("the manager's sbb-jar.xml is not on the class path");
    }

    private static Element sbb(String name) throws Exception {
        for (Element sbb : sbbs(ownDescriptor())) {
            if (text(sbb, "sbb-name").equals(name)) {
                return sbb;
            }
        }
        throw new AssertionError("no SBB " + name + " in " + ownDescriptor());
    }

    private static List<Element> sbbs(URL url) throws Exception {
        NodeList nodes = parse(url, false, new ArrayList<>()).getElementsByTagName("sbb");
        List<Element> sbbs = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            sbbs.add((Element) nodes.item(i));
        }
        return sbbs;
    }

    /** The first element of this name among the children (not the descendants' descendants of sbb-ref). */
    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    private static Document parse(URL url, boolean validate, List<String> problems) throws Exception {
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
