package org.sleecharging.container.internal.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.slee.ComponentID;
import javax.slee.EventTypeID;
import javax.slee.InvalidStateException;
import javax.slee.Sbb;
import javax.slee.SbbID;
import javax.slee.ServiceID;
import javax.slee.management.AlreadyDeployedException;
import javax.slee.management.DependencyException;
import javax.slee.management.DeployableUnitDescriptor;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.DeploymentException;
import javax.slee.management.LibraryID;
import javax.slee.management.UnrecognizedDeployableUnitException;
import javax.slee.resource.ResourceAdaptorDescriptor;
import javax.slee.resource.ResourceAdaptorID;
import javax.slee.resource.ResourceAdaptorTypeID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleecharging.container.internal.model.ComponentDescriptor;
import org.sleecharging.container.internal.model.LibraryDescriptor;
import org.sleecharging.container.internal.model.RaDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.model.ServiceDescriptor;
import org.sleecharging.container.internal.spi.InstalledComponent;

class DeployerTest {

  static final LibraryID LIB = new LibraryID("PingLib", "org.test", "1.0");
  static final EventTypeID EVENT = new EventTypeID("PingEvent", "org.test", "1.0");
  static final ResourceAdaptorTypeID RA_TYPE =
      new ResourceAdaptorTypeID("PingRaType", "org.test", "1.0");
  static final ResourceAdaptorID RA = new ResourceAdaptorID("PingRa", "org.test", "1.0");
  static final SbbID PING_SBB = new SbbID("PingSbb", "org.test", "1.0");
  static final SbbID CHILD_SBB = new SbbID("ChildSbb", "org.test", "1.0");
  static final ServiceID SERVICE = new ServiceID("PingService", "org.test", "1.0");
  static final String PKG = TestDescriptors.PKG;

  @TempDir Path tmp;
  Path work;
  Deployer deployer;
  final List<String> journal = new CopyOnWriteArrayList<>();
  RecordingListener first;
  RecordingListener second;

  @BeforeEach
  void setUp() {
    work = tmp.resolve("work");
    deployer = new Deployer(work);
    first = new RecordingListener("first", journal);
    second = new RecordingListener("second", journal);
    deployer.repository().addListener(first);
    deployer.repository().addListener(second);
  }

  @AfterEach
  void tearDown() {
    deployer.close();
  }

  @Test
  void installsEveryComponentInDependencyOrderWhateverTheDuOrder() throws Exception {
    DeployableUnitID id = deployer.install(TestUnit.full().writeTo(tmp, "ping-du.jar"));

    List<ComponentID> expected = List.of(LIB, EVENT, RA_TYPE, RA, CHILD_SBB, PING_SBB, SERVICE);
    assertThat(first.installing).containsExactly(expected);
    assertThat(second.installing).containsExactly(expected);
    assertThat(journal).containsExactly("first.installing", "second.installing");
    assertThat(id.getURL()).isEqualTo(tmp.resolve("ping-du.jar").toUri().toURL().toString());
    assertThat(deployer.getDeployableUnits()).containsExactly(id);
    assertThat(deployer.isInstalled(id)).isTrue();
    assertThat(deployer.getDeployableUnit(id.getURL())).isEqualTo(id);
    assertThat(expected).allMatch(deployer::isInstalled);
    assertThat(deployer.getDescriptor(id).getComponents()).containsExactlyElementsOf(expected);
  }

  @Test
  void parsesDescriptorsIntoTheModel() throws Exception {
    deployer.install(TestUnit.full().writeTo(tmp, "ping-du.jar"));

    SbbDescriptor sbb = deployer.repository().get(PING_SBB, SbbDescriptor.class).descriptor();
    assertThat(sbb.sbbRefs()).containsEntry("child", CHILD_SBB);
    assertThat(sbb.cmpFields())
        .singleElement()
        .satisfies(f -> assertThat(f.sbbAliasRef()).isEqualTo("child"));
    assertThat(sbb.childRelations())
        .singleElement()
        .satisfies(r -> assertThat(r.defaultPriority()).isEqualTo((byte) 5));
    assertThat(sbb.event("Ping"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.eventType()).isEqualTo(EVENT);
              assertThat(e.initialEvent()).isTrue();
            });
    assertThat(sbb.raTypeBindings())
        .singleElement()
        .satisfies(b -> assertThat(b.entityBindings().get(0).linkName()).isEqualTo("ping"));
    assertThat(sbb.source().toString())
        .isEqualTo("ping-du.jar!/sbbs.jar!/META-INF/sbb-jar.xml <sbb>");
    RaDescriptor ra = deployer.repository().get(RA, RaDescriptor.class).descriptor();
    assertThat(ra.configProperties())
        .extracting(p -> p.name() + ":" + p.type() + "=" + p.defaultValue())
        .containsExactly(
            "port:java.lang.Integer=3868",
            "host:java.lang.String=localhost",
            "ratio:java.lang.Double=null");
    assertThat(ra.supportsActiveReconfiguration()).isTrue();
    assertThat(deployer.repository().get(LIB, LibraryDescriptor.class).descriptor().nestedJars())
        .containsExactly("lib/nested.jar");
    assertThat(
            deployer
                .repository()
                .get(SERVICE, ServiceDescriptor.class)
                .descriptor()
                .defaultPriority())
        .isEqualTo((byte) 10);
    assertThat(deployer.repository().all(SbbDescriptor.class))
        .extracting(c -> c.descriptor().id())
        .containsExactly(CHILD_SBB, PING_SBB);
  }

  @Test
  void convertsToManagementDescriptors() throws Exception {
    DeployableUnitID id = deployer.install(TestUnit.full().writeTo(tmp, "ping-du.jar"));

    DeployableUnitDescriptor du = deployer.getDescriptor(id);
    assertThat(du.getURL()).isEqualTo(id.getURL());
    javax.slee.management.SbbDescriptor sbb =
        (javax.slee.management.SbbDescriptor) deployer.getDescriptor(PING_SBB);
    assertThat(sbb.getDeployableUnit()).isEqualTo(id);
    assertThat(sbb.getSource()).isEqualTo("sbbs.jar");
    assertThat(sbb.getSbbs()).containsExactly(CHILD_SBB);
    assertThat(sbb.getEventTypes()).containsExactly(EVENT);
    assertThat(sbb.getResourceAdaptorTypes()).containsExactly(RA_TYPE);
    assertThat(sbb.getResourceAdaptorEntityLinks()).containsExactly("ping");
    ResourceAdaptorDescriptor ra = (ResourceAdaptorDescriptor) deployer.getDescriptor(RA);
    assertThat(ra.getResourceAdaptorTypes()).containsExactly(RA_TYPE);
    assertThat(ra.supportsActiveReconfiguration()).isTrue();
    javax.slee.management.ServiceDescriptor service =
        (javax.slee.management.ServiceDescriptor) deployer.getDescriptor(SERVICE);
    assertThat(service.getRootSbb()).isEqualTo(PING_SBB);
    assertThat(service.getSource()).isEqualTo("META-INF/service.xml");
    javax.slee.management.EventTypeDescriptor event =
        (javax.slee.management.EventTypeDescriptor) deployer.getDescriptor(EVENT);
    assertThat(event.getEventClassName()).isEqualTo(PKG + "PingEvent");
    assertThat(event.getLibraries()).containsExactly(LIB);
    assertThat(deployer.getReferringComponents(EVENT)).containsExactlyInAnyOrder(RA_TYPE, PING_SBB);
    assertThat(deployer.getSbbs(SERVICE)).containsExactly(PING_SBB, CHILD_SBB);
  }

  @Test
  void libraryClassesAreVisibleToDependents() throws Exception {
    deployer.install(TestUnit.full().writeTo(tmp, "ping-du.jar"));

    ClassLoader library = loader(LIB);
    ClassLoader events = loader(EVENT);
    Class<?> libValue = library.loadClass(PKG + "LibValue");
    assertThat(libValue.getClassLoader()).isSameAs(library);
    assertThat(events.loadClass(PKG + "LibValue")).isSameAs(libValue);
    assertThat(loader(PING_SBB).loadClass(PKG + "NestedLibValue"))
        .isSameAs(library.loadClass(PKG + "NestedLibValue"));
    Object event = events.loadClass(PKG + "PingEvent").getConstructor().newInstance();
    assertThat(event.getClass().getMethod("tag").invoke(event)).isEqualTo("lib");
  }

  @Test
  void anEventClassIsOneClassObjectForTheRaAndTheSbb() throws Exception {
    deployer.install(TestUnit.full().writeTo(tmp, "ping-du.jar"));

    Class<?> fromEventJar = loader(EVENT).loadClass(PKG + "PingEvent");
    Class<?> seenByRa =
        (Class<?>) loader(RA).loadClass(PKG + "PingRa").getMethod("eventClass").invoke(null);
    Class<?> seenBySbb = loader(PING_SBB).loadClass(PKG + "PingEvent");
    assertThat(seenByRa).isSameAs(fromEventJar).isSameAs(seenBySbb);
    assertThat(fromEventJar.getClassLoader()).isSameAs(loader(EVENT));
    assertThat(fromEventJar)
        .isNotSameAs(org.sleecharging.container.internal.deploy.testcomponents.PingEvent.class);
  }

  @Test
  void componentsShareTheContainersJainSleeApi() throws Exception {
    deployer.install(TestUnit.full().writeTo(tmp, "ping-du.jar"));

    assertThat(loader(PING_SBB).loadClass("javax.slee.Sbb")).isSameAs(Sbb.class);
    assertThat(loader(RA).loadClass("javax.slee.resource.ResourceAdaptor"))
        .isSameAs(javax.slee.resource.ResourceAdaptor.class);
    assertThat(loader(SERVICE)).isSameAs(loader(PING_SBB));
    assertThat(loader(CHILD_SBB)).isSameAs(loader(PING_SBB));
    assertThatThrownBy(() -> loader(EVENT).loadClass(PKG + "PingRa"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void uninstallsInReverseOrderAndReleasesEverything() throws Exception {
    DeployableUnitID id = deployer.install(TestUnit.full().writeTo(tmp, "ping-du.jar"));
    assertThat(filesUnder(work)).isNotEmpty();
    ClassLoader sbbLoader = loader(PING_SBB);

    deployer.uninstall(id);

    assertThatThrownBy(() -> sbbLoader.loadClass(PKG + "NotAnSbb"))
        .as("a closed loader cannot load what it had not loaded yet")
        .isInstanceOf(ClassNotFoundException.class);

    List<ComponentID> reversed = List.of(SERVICE, PING_SBB, CHILD_SBB, RA, RA_TYPE, EVENT, LIB);
    assertThat(second.uninstalled).containsExactly(reversed);
    assertThat(first.uninstalled).containsExactly(reversed);
    assertThat(journal)
        .containsExactly(
            "first.installing",
            "second.installing",
            "second.checkUninstall",
            "first.checkUninstall",
            "second.uninstalled",
            "first.uninstalled");
    assertNothingInstalled();
    assertThatThrownBy(() -> deployer.uninstall(id))
        .isInstanceOf(UnrecognizedDeployableUnitException.class);
  }

  @Test
  void aListenerVetoOnUninstallKeepsTheUnit() throws Exception {
    DeployableUnitID id = deployer.install(TestUnit.full().writeTo(tmp, "ping-du.jar"));
    first.refuseUninstall = true;

    assertThatThrownBy(() -> deployer.uninstall(id)).isInstanceOf(InvalidStateException.class);

    assertThat(deployer.isInstalled(id)).isTrue();
    assertThat(deployer.isInstalled(PING_SBB)).isTrue();
    assertThat(first.uninstalled).isEmpty();
    first.refuseUninstall = false;
    deployer.uninstall(id);
    assertNothingInstalled();
  }

  @Test
  void aListenerVetoOnInstallRollsBackTheListenersThatAccepted() throws Exception {
    second.refuseInstall = true;
    Path du = TestUnit.full().writeTo(tmp, "ping-du.jar");

    assertThatThrownBy(() -> deployer.install(du))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("second refuses the unit");

    assertThat(journal)
        .containsExactly("first.installing", "second.installing", "first.uninstalled");
    assertThat(first.uninstalled)
        .containsExactly(List.of(SERVICE, PING_SBB, CHILD_SBB, RA, RA_TYPE, EVENT, LIB));
    assertNothingInstalled();
    second.refuseInstall = false;
    assertThat(deployer.install(du)).isNotNull();
  }

  @Test
  void theSameUrlCannotBeInstalledTwice() throws Exception {
    Path du = TestUnit.full().writeTo(tmp, "ping-du.jar");
    deployer.install(du);

    assertThatThrownBy(() -> deployer.install(du)).isInstanceOf(AlreadyDeployedException.class);
    assertThatThrownBy(() -> deployer.install(du.toUri().toString()))
        .isInstanceOf(AlreadyDeployedException.class);
  }

  @Test
  void installsFromAFileUrlAndRefusesOtherSchemes() throws Exception {
    Path du = TestUnit.full().writeTo(tmp, "ping-du.jar");
    String url = "file://" + du.toAbsolutePath();

    DeployableUnitID id = deployer.install(url);

    assertThat(id.getURL()).isEqualTo(url);
    assertThat(deployer.isInstalled(id)).isTrue();
    assertThat(deployer.getDeployableUnit(url)).isEqualTo(id);
    assertThat(deployer.getDeployableUnit(du.toUri().toURL().toString())).isEqualTo(id);
    assertThatThrownBy(() -> deployer.install(du)).isInstanceOf(AlreadyDeployedException.class);
    assertThatThrownBy(() -> deployer.getDeployableUnit("file:/elsewhere/du.jar"))
        .isInstanceOf(UnrecognizedDeployableUnitException.class);
    assertThatThrownBy(() -> deployer.install("http://example.invalid/du.jar"))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("only file:");
    assertThatThrownBy(() -> deployer.install("not a url"))
        .isInstanceOf(MalformedURLException.class);
  }

  @Test
  void aUnitReferencedByAnotherCannotBeUninstalledFirst() throws Exception {
    DeployableUnitID events = deployer.install(TestUnit.eventsOnly().writeTo(tmp, "events-du.jar"));
    TestUnit rest = TestUnit.full();
    rest.jars().remove("events.jar");
    rest.jars().remove("library.jar");
    DeployableUnitID services = deployer.install(rest.writeTo(tmp, "services-du.jar"));

    assertThat(first.installing.get(1)).containsExactly(RA_TYPE, RA, CHILD_SBB, PING_SBB, SERVICE);
    assertThat(loader(RA).loadClass(PKG + "PingEvent"))
        .isSameAs(loader(EVENT).loadClass(PKG + "PingEvent"));
    assertThat(loader(PING_SBB).loadClass(PKG + "LibValue"))
        .isSameAs(loader(LIB).loadClass(PKG + "LibValue"));
    assertThatThrownBy(() -> deployer.uninstall(events))
        .isInstanceOf(DependencyException.class)
        .hasMessageContaining(EVENT.toString());
    assertThat(deployer.isInstalled(EVENT)).isTrue();

    deployer.uninstall(services);
    deployer.uninstall(events);
    assertNothingInstalled();
  }

  @Test
  void aServiceMayComeInItsOwnUnitAndUsesItsRootSbbsLoader() throws Exception {
    TestUnit components = TestUnit.full();
    TestUnit services = new TestUnit();
    services.service("META-INF/service.xml", TestDescriptors.serviceXml("PingSbb"));
    components.service("META-INF/service.xml", null);
    deployer.install(components.writeTo(tmp, "components-du.jar"));

    DeployableUnitID id = deployer.install(services.writeTo(tmp, "service-du.jar"));

    assertThat(deployer.getDescriptor(id).getComponents()).containsExactly(SERVICE);
    assertThat(loader(SERVICE)).isSameAs(loader(PING_SBB));
  }

  @Test
  void listenersResolveTheUnitsOwnComponentsThroughTheRepositoryWhileOffered() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    first.onInstalling =
        () -> {
          seen.add("installing thread: " + deployer.repository().find(CHILD_SBB).isPresent());
          boolean elsewhere =
              CompletableFuture.supplyAsync(() -> deployer.isInstalled(CHILD_SBB)).join();
          seen.add("other thread: " + elsewhere);
        };

    deployer.install(TestUnit.full().writeTo(tmp, "ping-du.jar"));

    assertThat(seen).containsExactly("installing thread: true", "other thread: false");
    assertThat(deployer.isInstalled(CHILD_SBB)).isTrue();
  }

  @Test
  void standardEventTypesAreInstalledWithoutAUnit() throws Exception {
    EventTypeID activityEnd = new EventTypeID("javax.slee.ActivityEndEvent", "javax.slee", "1.0");
    EventTypeID timer = new EventTypeID("javax.slee.facilities.TimerEvent", "javax.slee", "1.0");
    String standardEvents =
        "<event event-direction=\"Receive\"><event-name>End</event-name>"
            + "<event-type-ref><event-type-name>javax.slee.ActivityEndEvent</event-type-name>"
            + "<event-type-vendor>javax.slee</event-type-vendor>"
            + "<event-type-version>1.0</event-type-version></event-type-ref></event>"
            + "<event event-direction=\"Receive\"><event-name>Timer</event-name>"
            + "<event-type-ref><event-type-name>javax.slee.facilities.TimerEvent</event-type-name>"
            + "<event-type-vendor>javax.slee</event-type-vendor>"
            + "<event-type-version>1.0</event-type-version></event-type-ref></event>";
    TestUnit unit =
        TestUnit.full()
            .replace(
                "sbbs.jar",
                "META-INF/sbb-jar.xml",
                TestDescriptors.sbbJar(PKG + "PingSbb", standardEvents));

    deployer.install(unit.writeTo(tmp, "ping-du.jar"));

    assertThat(deployer.getReferringComponents(activityEnd)).containsExactly(PING_SBB);
    assertThat(
            ((javax.slee.management.EventTypeDescriptor) deployer.getDescriptor(timer))
                .getEventClassName())
        .isEqualTo("javax.slee.facilities.TimerEvent");
    assertThat(loader(timer).loadClass("javax.slee.facilities.TimerEvent"))
        .isSameAs(javax.slee.facilities.TimerEvent.class);
    assertThat(deployer.getDeployableUnits()).hasSize(1);
  }

  @Test
  void closeReleasesEveryUnit() throws Exception {
    deployer.install(TestUnit.full().writeTo(tmp, "ping-du.jar"));

    deployer.close();

    assertThat(filesUnder(work)).isEmpty();
    assertThat(deployer.getDeployableUnits()).isEmpty();
    assertThatThrownBy(() -> deployer.install(tmp.resolve("ping-du.jar")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aDeployerWithItsOwnWorkDirectoryDeletesItOnClose() throws Exception {
    Path own;
    try (Deployer d = new Deployer()) {
      own = d.workDirectory();
      d.install(TestUnit.full().writeTo(tmp, "ping-du.jar"));
      assertThat(filesUnder(own)).isNotEmpty();
    }

    assertThat(own).doesNotExist();
  }

  private ClassLoader loader(ComponentID id) {
    InstalledComponent<?> c = deployer.repository().find(id).orElseThrow();
    return c.classLoader();
  }

  private void assertNothingInstalled() throws IOException {
    assertThat(deployer.getDeployableUnits()).isEmpty();
    assertThat(deployer.repository().all(ComponentDescriptor.class))
        .as("only the container's standard components are left")
        .allMatch(c -> c.deployableUnit().equals(StandardComponents.UNIT))
        .hasSize(4);
    assertThat(filesUnder(work)).isEmpty();
  }

  static List<Path> filesUnder(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> !p.equals(dir)).toList();
    }
  }
}
