package org.sleecharging.netsim.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.slee.Address;
import javax.slee.AddressPlan;
import javax.slee.ServiceID;
import javax.slee.resource.ConfigProperties;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleecharging.container.EmbeddedSlee;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.NetworkSimulator;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.netsim.driver.NetworkDrivers;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.CallParty;
import org.sleecharging.netsim.event.NetworkActivityId;

/**
 * The built simulator DU in the embedded container with a small test service: events the driver
 * fires reach the SBB, what the SBB does comes back through the driver, and nothing leaks.
 */
class NetworkSimulatorIT {
  private static final Address ALICE = new Address(AddressPlan.E164, "491700000001");
  private static final Address BOB = new Address(AddressPlan.E164, "491700000002");
  private static final ServiceID SERVICE =
      new ServiceID("NetsimTestService", "org.sleecharging.test", "1.0");
  private static final long TIMEOUT = 10;

  @TempDir
  static Path dir;

  private static EmbeddedSlee slee;
  private static NetworkDriver driver;

  @BeforeAll
  static void deploy() throws Exception {
    slee = EmbeddedSlee.builder().registerMBeans(false).name("netsim-it").start();
    slee.deploy(builtDu());
    slee.createResourceAdaptorEntity(NetworkSimulator.RA, NetworkSimulator.ENTITY_NAME,
        new ConfigProperties());
    slee.activateResourceAdaptorEntity(NetworkSimulator.ENTITY_NAME);
    slee.bindLinkName(NetworkSimulator.ENTITY_NAME, NetworkSimulator.LINK_NAME);
    slee.deploy(testServiceDu());
    slee.activateService(SERVICE);
    driver = NetworkDrivers.of(slee.resourceAdaptor(NetworkSimulator.ENTITY_NAME, Object.class));
  }

  @AfterAll
  static void close() {
    if (slee != null) {
      slee.close();
    }
  }

  @Test
  void callIsConnectedThenReleasedByTheSbbWhenItsCreditRunsOut() throws Exception {
    NetworkActivityId call = driver.startCall(ALICE, BOB);
    assertThat(driver.takeAction(call).get(TIMEOUT, TimeUnit.SECONDS).kind())
        .isEqualTo(ActionKind.CALL_CONNECTED);

    driver.answer(call);
    driver.reportCallUsage(call, Duration.ofSeconds(30));
    driver.reportCallUsage(call, Duration.ofSeconds(60));

    SbbAction released = driver.takeAction(call).get(TIMEOUT, TimeUnit.SECONDS);
    assertThat(released.kind()).isEqualTo(ActionKind.CALL_RELEASED);
    assertThat(released.cause()).isEqualTo(Cause.CREDIT_EXHAUSTED);
    driver.whenEnded(call).get(TIMEOUT, TimeUnit.SECONDS);
    assertNothingLeft();
  }

  @Test
  void callHungUpByTheNetworkEndsWithoutRelease() throws Exception {
    NetworkActivityId call = driver.startCall(ALICE, BOB);
    driver.takeAction(call).get(TIMEOUT, TimeUnit.SECONDS);
    driver.answer(call);
    driver.hold(call);
    driver.resume(call);
    driver.hangUp(call, CallParty.CALLING);

    driver.whenEnded(call).get(TIMEOUT, TimeUnit.SECONDS);
    assertThat(driver.actions()).filteredOn(a -> a.activityId().equals(call))
        .extracting(SbbAction::kind).containsExactly(ActionKind.CALL_CONNECTED);
    assertNothingLeft();
  }

  @Test
  void messagesAreAcceptedOrRejectedByTheSbb() throws Exception {
    NetworkActivityId shortMessage = driver.submitMessage(ALICE, BOB, 1);
    NetworkActivityId longMessage = driver.submitMessage(ALICE, BOB, 3);

    assertThat(driver.takeAction(shortMessage).get(TIMEOUT, TimeUnit.SECONDS).kind())
        .isEqualTo(ActionKind.MESSAGE_ACCEPTED);
    SbbAction rejected = driver.takeAction(longMessage).get(TIMEOUT, TimeUnit.SECONDS);
    assertThat(rejected.kind()).isEqualTo(ActionKind.MESSAGE_REJECTED);
    assertThat(rejected.cause()).isEqualTo(Cause.CREDIT_DENIED);
    driver.messageDelivered(shortMessage);
    driver.whenEnded(shortMessage).get(TIMEOUT, TimeUnit.SECONDS);
    driver.whenEnded(longMessage).get(TIMEOUT, TimeUnit.SECONDS);
    assertNothingLeft();
  }

  @Test
  void contentIsAllowedOrDeniedPerRequest() throws Exception {
    NetworkActivityId session = driver.startDataSession(ALICE, "internet");
    driver.requestContent(session, "ringtone", 800);
    SbbAction allowed = driver.takeAction(session).get(TIMEOUT, TimeUnit.SECONDS);
    driver.requestContent(session, "movie", 700_000_000);
    SbbAction denied = driver.takeAction(session).get(TIMEOUT, TimeUnit.SECONDS);

    assertThat(allowed).isEqualTo(
        new SbbAction(ActionKind.CONTENT_ALLOWED, session, Cause.NORMAL, "ringtone"));
    assertThat(denied).isEqualTo(
        new SbbAction(ActionKind.CONTENT_DENIED, session, Cause.CREDIT_DENIED, "movie"));
    driver.contentDelivered(session, "ringtone", 800);
    driver.endDataSession(session);
    driver.whenEnded(session).get(TIMEOUT, TimeUnit.SECONDS);
    assertNothingLeft();
  }

  private static void assertNothingLeft() {
    await().atMost(Duration.ofSeconds(TIMEOUT)).untilAsserted(() -> {
      assertThat(driver.liveActivities()).isEmpty();
      assertThat(slee.inspect().totalSbbEntities()).isZero();
    });
  }

  /** The DU jar this module's package phase built. */
  private static Path builtDu() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches(
          "slee-charging-netsim-du-[^-]+(-SNAPSHOT)?\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no built DU jar in target/: run the package phase"));
    }
  }

  private static Path testServiceDu() {
    JavaArchive sbbs = ShrinkWrap.create(JavaArchive.class, "netsim-test-sbb.jar")
        .addClass(NetsimTestSbb.class)
        .addAsManifestResource(new StringAsset(resource("sbb-jar.xml")), "sbb-jar.xml");
    JavaArchive du = ShrinkWrap.create(JavaArchive.class, "netsim-test-service-du.jar")
        .add(sbbs, "jars", ZipExporter.class)
        .add(new StringAsset(resource("service.xml")), "services/netsim-test-service.xml")
        .addAsManifestResource(new StringAsset("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE deployable-unit PUBLIC \"-//Sun Microsystems, Inc.//DTD JAIN SLEE "
            + "Deployable Unit 1.1//EN\" \"http://java.sun.com/dtd/slee-deployable-unit_1_1.dtd\">\n"
            + "<deployable-unit>\n  <jar>jars/netsim-test-sbb.jar</jar>\n"
            + "  <service-xml>services/netsim-test-service.xml</service-xml>\n"
            + "</deployable-unit>\n"), "deployable-unit.xml");
    Path file = dir.resolve(du.getName());
    du.as(ZipExporter.class).exportTo(file.toFile(), true);
    return file;
  }

  private static String resource(String name) {
    try (InputStream in = NetworkSimulatorIT.class.getResourceAsStream("/it/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
