package org.sleecharging.container.internal.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sleecharging.container.internal.deploy.TestDescriptors.PKG;
import static org.sleecharging.container.internal.deploy.TestDescriptors.configProperty;
import static org.sleecharging.container.internal.deploy.TestDescriptors.eventDefinition;
import static org.sleecharging.container.internal.deploy.TestDescriptors.eventJar;
import static org.sleecharging.container.internal.deploy.TestDescriptors.eventTypeRef;
import static org.sleecharging.container.internal.deploy.TestDescriptors.libraryRef;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.slee.management.DeploymentException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleecharging.container.internal.deploy.testcomponents.PingEvent;
import org.sleecharging.container.internal.model.ComponentDescriptor;

/**
 * Every kind of invalid deployable unit is refused naming file and element, leaving nothing behind.
 */
class DeployerRefusalTest {

  private static final String EVENT_XML = "META-INF/event-jar.xml";
  private static final String SBB_XML = "META-INF/sbb-jar.xml";
  private static final String EVENTS = "ping-du.jar!/events.jar!/" + EVENT_XML;
  private static final String SBBS = "ping-du.jar!/sbbs.jar!/" + SBB_XML;
  private static final String RAS = "ping-du.jar!/ra.jar!/META-INF/resource-adaptor-jar.xml";

  @TempDir Path tmp;
  Path work;
  Deployer deployer;
  RecordingListener listener;

  @BeforeEach
  void setUp() {
    work = tmp.resolve("work");
    deployer = new Deployer(work);
    listener = new RecordingListener("listener", new ArrayList<>());
    deployer.repository().addListener(listener);
  }

  @AfterEach
  void tearDown() {
    deployer.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidUnits")
  void refusesAndLeavesNothingBehind(String name, Supplier<TestUnit> unit, List<String> expected)
      throws Exception {
    Path du = unit.get().writeTo(tmp, "ping-du.jar");

    assertThatThrownBy(() -> deployer.install(du))
        .isInstanceOf(DeploymentException.class)
        .message()
        .contains(expected);

    assertThat(deployer.getDeployableUnits()).isEmpty();
    assertThat(deployer.repository().all(ComponentDescriptor.class))
        .allMatch(c -> c.deployableUnit().equals(StandardComponents.UNIT));
    assertThat(listener.installing).isEmpty();
    assertThat(DeployerTest.filesUnder(work)).isEmpty();
  }

  static Stream<Arguments> invalidUnits() {
    return Stream.of(
        refused(
            "malformed XML",
            () ->
                withEventJar(
                    header("event-jar", "Event", "slee-event-jar_1_1.dtd")
                        + "<event-jar><oops></event-jar>"),
            EVENTS,
            "malformed XML",
            "oops"),
        refused(
            "DTD violation",
            () ->
                withEventJar(
                    header("event-jar", "Event", "slee-event-jar_1_1.dtd")
                        + "<event-jar><event-definition>"
                        + TestDescriptors.id("event-type", "PingEvent")
                        + "</event-definition></event-jar>"),
            EVENTS,
            "does not conform to the JAIN SLEE 1.1 DTD",
            "event-definition"),
        refused(
            "missing event class",
            () ->
                withEventJar(
                    eventJar(libraryRef("PingLib"), eventDefinition("PingEvent", "x.y.Missing"))),
            EVENTS + " <event-definition/event-class-name>",
            "x.y.Missing",
            "cannot be loaded"),
        refused(
            "SBB class does not implement Sbb",
            () -> withSbbJar(TestDescriptors.sbbJar(PKG + "NotAnSbb", "")),
            SBBS + " <sbb/sbb-classes/sbb-abstract-class/sbb-abstract-class-name>",
            "does not implement javax.slee.Sbb"),
        refused(
            "SBB local interface does not extend SbbLocalObject",
            () ->
                withSbbJar(
                    validSbbJar().replace("PingSbbLocal</sbb-local", "PingProvider</sbb-local")),
            SBBS + " <sbb/sbb-classes/sbb-local-interface>",
            "javax.slee.SbbLocalObject"),
        refused(
            "SBB ACI does not extend ActivityContextInterface",
            () ->
                withSbbJar(
                    validSbbJar()
                        .replace("PingSbbAci</sbb-activity", "PingSbbLocal</sbb-activity")),
            SBBS + " <sbb/sbb-classes/sbb-activity-context-interface>",
            "javax.slee.ActivityContextInterface"),
        refused(
            "RA class does not implement ResourceAdaptor",
            () ->
                withJar(
                    "ra.jar",
                    "META-INF/resource-adaptor-jar.xml",
                    TestDescriptors.raJar(PKG + "NotAnRa", TestDescriptors.VALID_CONFIG)),
            RAS
                + " <resource-adaptor/resource-adaptor-classes/resource-adaptor-class/resource-adaptor-class-name>",
            "does not implement javax.slee.resource.ResourceAdaptor"),
        refused(
            "unresolved event-type-ref",
            () ->
                withSbbJar(
                    TestDescriptors.sbbJar(
                        PKG + "PingSbb",
                        "<event event-direction=\"Receive\"><event-name>Other</event-name>"
                            + eventTypeRef("Nope")
                            + "</event>")),
            SBBS + " <sbb/event/event-type-ref>",
            "Nope",
            "neither in this deployable unit nor installed"),
        refused(
            "unresolved library-ref",
            () ->
                withEventJar(
                    eventJar(libraryRef("NoLib"), eventDefinition("PingEvent", PKG + "PingEvent"))),
            EVENTS + " <event-definition/library-ref>",
            "NoLib"),
        refused(
            "unresolved root-sbb",
            () ->
                TestUnit.full()
                    .service("META-INF/service.xml", TestDescriptors.serviceXml("NoSbb")),
            "ping-du.jar!/META-INF/service.xml <service/root-sbb>",
            "NoSbb"),
        refused(
            "duplicate component id in the unit",
            () ->
                withEventJar(
                    eventJar(
                        libraryRef("PingLib"),
                        eventDefinition("PingEvent", PKG + "PingEvent")
                            + eventDefinition("PingEvent", PKG + "PingEvent"))),
            EVENTS + " <event-definition>",
            "duplicate component id",
            "also declared at"),
        refused(
            "config property of a type outside §15.4",
            () ->
                withJar(
                    "ra.jar",
                    "META-INF/resource-adaptor-jar.xml",
                    TestDescriptors.raJar(
                        PKG + "PingRa", configProperty("when", "java.util.Date", null))),
            RAS + " <resource-adaptor/config-property>",
            "'when'",
            "java.util.Date",
            "§15.4"),
        refused(
            "config property default that does not parse",
            () ->
                withJar(
                    "ra.jar",
                    "META-INF/resource-adaptor-jar.xml",
                    TestDescriptors.raJar(
                        PKG + "PingRa", configProperty("port", "java.lang.Integer", "abc"))),
            RAS + " <resource-adaptor/config-property>",
            "'abc'",
            "java.lang.Integer"),
        refused(
            "profile specification jar",
            () ->
                TestUnit.full()
                    .rawJar("profiles.jar", "META-INF/profile-spec-jar.xml", "<profile-spec-jar/>"),
            "ping-du.jar!/profiles.jar!/META-INF/profile-spec-jar.xml",
            "profile specifications are not supported"),
        refused(
            "profile-spec-ref in an SBB",
            () ->
                withSbbJar(
                    validSbbJar()
                        .replaceFirst(
                            "<sbb-classes>",
                            "<profile-spec-ref>"
                                + TestDescriptors.id("profile-spec", "Prof")
                                + "</profile-spec-ref><sbb-classes>")),
            SBBS + " <sbb/profile-spec-ref>",
            "profile specifications are not supported"),
        refused(
            "AddressProfile initial event select",
            () -> withSbbJar(validSbbJar().replace("\"ActivityContext\"", "\"AddressProfile\"")),
            SBBS + " <sbb/event/initial-event-select>",
            "AddressProfile",
            "profile specifications are not supported"),
        refused(
            "address-profile-table in a service",
            () ->
                TestUnit.full()
                    .service(
                        "META-INF/service.xml",
                        TestDescriptors.serviceXml("PingSbb")
                            .replace(
                                "</default-priority>",
                                "</default-priority><address-profile-table>t</address-profile-table>")),
            "ping-du.jar!/META-INF/service.xml <service/address-profile-table>",
            "profile specifications are not supported"),
        refused(
            "JAIN SLEE 1.0 DOCTYPE",
            () ->
                withEventJar(
                    validEventJar()
                        .replace("Event 1.1//EN", "Event 1.0//EN")
                        .replace("slee-event-jar_1_1.dtd", "slee-event-jar_1_0.dtd")),
            EVENTS,
            "JAIN SLEE 1.0 descriptors are not supported"),
        refused(
            "no DOCTYPE",
            () -> withEventJar(validEventJar().replaceFirst("<!DOCTYPE[^>]*>", "")),
            EVENTS,
            "has no DOCTYPE"),
        refused(
            "unknown DOCTYPE",
            () ->
                withEventJar(
                    validEventJar()
                        .replaceFirst(
                            "<!DOCTYPE[^>]*>",
                            "<!DOCTYPE event-jar PUBLIC \"-//Acme//DTD Thing//EN\""
                                + " \"http://acme.invalid/thing.dtd\">")),
            EVENTS,
            "unknown DOCTYPE",
            "never fetched"),
        refused(
            "cmp-field sbb-alias-ref without sbb-ref",
            () ->
                withSbbJar(
                    validSbbJar()
                        .replace(
                            "<sbb-alias-ref>child</sbb-alias-ref></cmp-field>",
                            "<sbb-alias-ref>kid</sbb-alias-ref></cmp-field>")),
            SBBS + " <sbb/sbb-classes/sbb-abstract-class/cmp-field>",
            "sbb-alias-ref 'kid'"),
        refused(
            "child relation sbb-alias-ref without sbb-ref",
            () ->
                withSbbJar(
                    validSbbJar()
                        .replace(
                            "<get-child-relation-method><sbb-alias-ref>child",
                            "<get-child-relation-method><sbb-alias-ref>kid")),
            SBBS + " <sbb/sbb-classes/sbb-abstract-class/get-child-relation-method>",
            "sbb-alias-ref 'kid'"),
        refused(
            "standard profile event type",
            () ->
                withSbbJar(
                    TestDescriptors.sbbJar(
                        PKG + "PingSbb",
                        "<event event-direction=\"Receive\"><event-name>Added</event-name>"
                            + "<event-type-ref>"
                            + "<event-type-name>javax.slee.profile.ProfileAddedEvent</event-type-name>"
                            + "<event-type-vendor>javax.slee</event-type-vendor>"
                            + "<event-type-version>1.0</event-type-version></event-type-ref></event>")),
            SBBS + " <sbb/event/event-type-ref>",
            "ProfileAddedEvent",
            "profile specifications are not supported"),
        refused(
            "dependency cycle",
            () ->
                withSbbJar(
                    validSbbJar()
                        .replace(
                            TestDescriptors.id("sbb", "ChildSbb") + "<sbb-classes>",
                            TestDescriptors.id("sbb", "ChildSbb")
                                + "<sbb-ref>"
                                + TestDescriptors.id("sbb", "PingSbb")
                                + "<sbb-alias>parent</sbb-alias></sbb-ref><sbb-classes>")),
            SBBS + " <sbb>",
            "dependency cycle"),
        refused(
            "priority out of range",
            () ->
                TestUnit.full()
                    .service(
                        "META-INF/service.xml",
                        TestDescriptors.serviceXml("PingSbb").replace(">10<", ">300<")),
            "ping-du.jar!/META-INF/service.xml <service/default-priority>",
            "'300'"),
        refused(
            "component jar named but absent",
            () ->
                TestUnit.full()
                    .deployableUnitXml(TestDescriptors.deployableUnit("<jar>nope.jar</jar>")),
            "ping-du.jar!/META-INF/deployable-unit.xml <jar>",
            "nope.jar"),
        refused(
            "library naming an absent nested jar",
            () ->
                withJar(
                    "library.jar",
                    "META-INF/library-jar.xml",
                    TestDescriptors.libraryJar("PingLib")
                        .replace("lib/nested.jar", "lib/absent.jar")),
            "ping-du.jar!/library.jar!/META-INF/library-jar.xml <library/jar/jar-name>",
            "lib/absent.jar"),
        refused(
            "component jar without descriptor",
            () ->
                TestUnit.full()
                    .rawJar("plain.jar", "META-INF/readme.txt", "nothing", PingEvent.class),
            "ping-du.jar!/plain.jar!/META-INF/",
            "exactly one component descriptor"));
  }

  @Test
  void refusesAComponentIdThatIsAlreadyInstalled() throws Exception {
    deployer.install(TestUnit.eventsOnly().writeTo(tmp, "first-du.jar"));

    Path second = TestUnit.eventsOnly().writeTo(tmp, "ping-du.jar");
    assertThatThrownBy(() -> deployer.install(second))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("ping-du.jar!/library.jar!/META-INF/library-jar.xml <library>")
        .hasMessageContaining(
            "already installed by deployable unit " + tmp.resolve("first-du.jar").toUri().toURL());
    assertThat(deployer.getDeployableUnits()).hasSize(1);
    try (Stream<Path> units = Files.list(work)) {
      assertThat(units.toList()).as("only the first unit's directory").hasSize(1);
    }
  }

  @Test
  void refusesAJarThatIsNotADeployableUnit() throws Exception {
    Path plain = tmp.resolve("plain.jar");
    ShrinkWrap.create(JavaArchive.class)
        .addClass(PingEvent.class)
        .as(ZipExporter.class)
        .exportTo(plain.toFile(), true);

    assertThatThrownBy(() -> deployer.install(plain))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("plain.jar!/META-INF/deployable-unit.xml");
    assertThat(DeployerTest.filesUnder(work)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("offlineDoctypes")
  void resolvesDoctypesLocallyWithoutTheNetwork(String doctype) throws Exception {
    String descriptor = validEventJar().replaceFirst("<!DOCTYPE[^>]*>", doctype);

    deployer.install(withEventJar(descriptor).writeTo(tmp, "ping-du.jar"));

    assertThat(deployer.isInstalled(DeployerTest.EVENT)).isTrue();
  }

  static Stream<String> offlineDoctypes() {
    return Stream.of(
        "<!DOCTYPE event-jar PUBLIC \"-//Sun Microsystems, Inc.//DTD JAIN SLEE Event 1.1//EN\""
            + " \"http://unreachable.invalid/dtd/nothing-here.dtd\">",
        "<!DOCTYPE event-jar PUBLIC \"-//Acme//Local copy//EN\""
            + " \"http://unreachable.invalid/dtd/slee-event-jar_1_1.dtd\">",
        "<!DOCTYPE event-jar SYSTEM \"slee-event-jar_1_1.dtd\">");
  }

  private static Arguments refused(String name, Supplier<TestUnit> unit, String... expected) {
    return Arguments.of(name, unit, List.of(expected));
  }

  private static String header(String root, String title, String systemFile) {
    return TestDescriptors.doctype(root, title, systemFile);
  }

  private static String validEventJar() {
    return eventJar(libraryRef("PingLib"), eventDefinition("PingEvent", PKG + "PingEvent"));
  }

  private static String validSbbJar() {
    return TestDescriptors.sbbJar(PKG + "PingSbb", "");
  }

  private static TestUnit withEventJar(String descriptor) {
    return withJar("events.jar", EVENT_XML, descriptor);
  }

  private static TestUnit withSbbJar(String descriptor) {
    return withJar("sbbs.jar", SBB_XML, descriptor);
  }

  private static TestUnit withJar(String jar, String path, String descriptor) {
    return TestUnit.full().replace(jar, path, descriptor);
  }
}
