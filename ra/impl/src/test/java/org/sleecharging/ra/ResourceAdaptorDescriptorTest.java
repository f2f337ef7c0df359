package org.sleecharging.ra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.slee.resource.ConfigProperties;
import javax.slee.resource.ResourceAdaptor;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.mobicents.slee.resource.cluster.FaultTolerantResourceAdaptor;
import org.sleecharging.ra.fake.RaDescriptor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ResourceAdaptorDescriptorTest {

    private static final Set<String> LEGAL_TYPES = Set.of("java.lang.Boolean", "java.lang.String",
            "java.lang.Character", "java.lang.Integer", "java.lang.Double", "java.lang.Byte", "java.lang.Short",
            "java.lang.Long", "java.lang.Float");

    private final RaDescriptor descriptor = RaDescriptor.load();

    @Test
    void isValidAgainstTheJainSlee11Dtd() {
        assertThat(descriptor.problems).isEmpty();
    }

    @Test
    void theTestCopyOfTheDtdIsTheSharedOne() throws Exception {
        File shared = new File(System.getProperty("slee.dtd.directory", "../../../shared/jslee-dtd"), "slee-resource-adaptor-jar_1_1.dtd");
        org.junit.jupiter.api.Assumptions.assumeTrue(shared.isFile(), "shared DTD not on this machine");
        byte[] copy = getClass().getResourceAsStream("/dtd/slee-resource-adaptor-jar_1_1.dtd").readAllBytes();

        assertThat(copy).isEqualTo(java.nio.file.Files.readAllBytes(shared.toPath()));
    }

    @Test
    void namesTheRaWithFilteredVersionsAndItsRaType() {
        assertThat(descriptor.text("resource-adaptor-name")).isEqualTo("ChargingResourceAdaptor");
        assertThat(descriptor.text("resource-adaptor-vendor")).isEqualTo("org.sleecharging");
        assertThat(descriptor.text("resource-adaptor-version")).isEqualTo("1.0");
        assertThat(descriptor.text("resource-adaptor-type-name")).isEqualTo("ChargingResourceAdaptorType");
        assertThat(descriptor.text("resource-adaptor-type-vendor")).isEqualTo("org.sleecharging");
        assertThat(descriptor.text("resource-adaptor-type-version")).isEqualTo("1.0");
    }

    @Test
    void refersToTheJDiameterLibraryWithFilteredVersions() {
        assertThat(descriptor.text("library-name")).isEqualTo("jdiameter");
        assertThat(descriptor.text("library-vendor")).isEqualTo("org.sleecharging");
        assertThat(descriptor.text("library-version")).matches("[0-9][0-9.]*-[0-9]+");
    }

    @Test
    void everyPlaceholderIsFiltered() {
        assertThat(descriptor.document.getDocumentElement().getTextContent()).doesNotContain("${");
    }

    @Test
    void theRaTypeItRefersToIsTheOneTheRaTypeJarDefines() throws Exception {
        javax.xml.parsers.DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> new org.xml.sax.InputSource(new java.io.StringReader("")));
        Document raType = builder.parse(getClass().getResourceAsStream("/META-INF/resource-adaptor-type-jar.xml"));

        assertThat(text(raType, "resource-adaptor-type-name")).isEqualTo(descriptor.text("resource-adaptor-type-name"));
        assertThat(text(raType, "resource-adaptor-type-vendor")).isEqualTo(descriptor.text("resource-adaptor-type-vendor"));
        assertThat(text(raType, "resource-adaptor-type-version")).isEqualTo(descriptor.text("resource-adaptor-type-version"));
    }

    @Test
    void theRaClassIsAPublicFaultTolerantResourceAdaptorWithANoArgumentConstructor() throws Exception {
        Class<?> ra = Class.forName(descriptor.text("resource-adaptor-class-name"));

        assertThat(ra).isEqualTo(ChargingResourceAdaptor.class);
        assertThat(ResourceAdaptor.class).isAssignableFrom(ra);
        assertThat(FaultTolerantResourceAdaptor.class).isAssignableFrom(ra);
        assertThat(Modifier.isPublic(ra.getConstructor().getModifiers())).isTrue();
        assertThat(descriptor.element("resource-adaptor-class").getAttribute("supports-active-reconfiguration"))
                .isEqualTo("False");
    }

    @Test
    void declaresEveryUsageParameterOfTheInterfaceAndNoOther() throws Exception {
        Class<?> usage = Class.forName(descriptor.text("resource-adaptor-usage-parameters-interface-name"));
        Set<String> fromInterface = new TreeSet<>();
        for (Method m : usage.getMethods()) {
            if (m.getName().startsWith("increment")) {
                fromInterface.add(decapitalize(m.getName().substring("increment".length())));
            } else if (m.getName().startsWith("sample")) {
                fromInterface.add(decapitalize(m.getName().substring("sample".length())));
            }
        }
        Set<String> declared = new TreeSet<>();
        for (Element p : descriptor.elements("usage-parameter")) {
            declared.add(p.getAttribute("name"));
        }

        assertThat(usage).isEqualTo(ChargingRaUsageParameters.class);
        assertThat(declared).isEqualTo(fromInterface);
    }

    @Test
    void everyConfigPropertyHasALegalTypeAndADefaultOfThatType() {
        List<String> problems = new ArrayList<>();
        for (RaDescriptor.Property p : descriptor.properties().values()) {
            if (!LEGAL_TYPES.contains(p.type())) {
                problems.add(p.name() + " has type " + p.type());
            } else if (p.defaultValue() == null) {
                problems.add(p.name() + " has no default");
            } else {
                ConfigProperties.Property.toObject(p.type(), p.defaultValue());
            }
        }

        assertThat(problems).isEmpty();
    }

    private static String text(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        return nodes.item(0).getTextContent().trim();
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
