package org.sleecharging.servicedu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.slee.Address;
import javax.slee.AddressPlan;
import javax.slee.ServiceID;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.ResourceAdaptorID;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleecharging.arquillian.DeployableUnits;
import org.sleecharging.container.EmbeddedSlee;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.NetworkSimulator;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.netsim.driver.NetworkDrivers;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.CallParty;
import org.sleecharging.netsim.event.NetworkActivityId;
import org.sleecharging.servicedu.stub.UnitStubRa;

/**
 * The three feature services of the built DU running in the embedded container over the network
 * simulator, with an in-memory unit-charging stand-in for the charging RA ({@link UnitStubRa}): what
 * each service does to the network, what it asked the charging RA for, and that nothing is left
 * behind. The end-to-end tests against the real RA and the OCS simulator are in du/it.
 */
class FeatureServicesIT {
    private static final Address ALICE = new Address(AddressPlan.E164, "491700000001");
    private static final Address BOB = new Address(AddressPlan.E164, "491700000002");
    private static final Address CAROL = new Address(AddressPlan.E164, UnitStubRa.DENIED);
    private static final Address DAVE = new Address(AddressPlan.E164, UnitStubRa.SHORT);
    private static final Address ERIN = new Address(AddressPlan.E164, UnitStubRa.BRIEF);
    private static final ResourceAdaptorID STUB = new ResourceAdaptorID("UnitStubChargingRA", "org.sleecharging.test",
            "1.0");
    private static final long TIMEOUT = 10;

    @TempDir
    static Path dir;

    private static EmbeddedSlee slee;
    private static NetworkDriver network;
    private static Supplier<List<String>> ledger;
    private static Consumer<String> reauth;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void deploy() throws Exception {
        slee = EmbeddedSlee.builder().registerMBeans(false).name("feature-services-it").start();
        slee.deploy(ServiceDuIT.du("slee-charging-netsim-du.jar"));
        slee.createResourceAdaptorEntity(NetworkSimulator.RA, NetworkSimulator.ENTITY_NAME, new ConfigProperties());
        slee.activateResourceAdaptorEntity(NetworkSimulator.ENTITY_NAME);
        slee.bindLinkName(NetworkSimulator.ENTITY_NAME, NetworkSimulator.LINK_NAME);
        slee.deploy(ServiceDuIT.du("slee-charging-ra-du.jar"));
        slee.deploy(stubDu());
        slee.createResourceAdaptorEntity(STUB, "ChargingRA", new ConfigProperties());
        slee.activateResourceAdaptorEntity("ChargingRA");
        slee.bindLinkName("ChargingRA", "ChargingRA");
        slee.deploy(ServiceDuIT.serviceDu());
        for (ServiceID service : ServiceDuIT.SERVICES) {
            slee.activateService(service);
        }
        network = NetworkDrivers.of(slee.resourceAdaptor(NetworkSimulator.ENTITY_NAME, Object.class));
        ledger = slee.resourceAdaptor("ChargingRA", Supplier.class);
        reauth = slee.resourceAdaptor("ChargingRA", Consumer.class);
    }

    @AfterAll
    static void close() {
        if (slee != null) {
            slee.close();
        }
    }

    @AfterEach
    void nothingLeft() {
        await().atMost(TIMEOUT, TimeUnit.SECONDS).untilAsserted(() -> {
            assertThat(network.liveActivities()).isEmpty();
            assertThat(slee.inspect().totalSbbEntities()).as("SBB entities").isZero();
            assertThat(slee.inspect().timers()).as("timers").isZero();
        });
    }

    @Test
    void aCallIsReservedBeforeItIsConnectedAndFinalisedOnHangUp() throws Exception {
        int before = entries(ALICE).size();
        NetworkActivityId call = network.startCall(ALICE, BOB);
        assertThat(action(call).kind()).isEqualTo(ActionKind.CALL_CONNECTED);
        assertThat(since(ALICE, before)).containsExactly(ALICE.getAddressString() + " RESERVE [60 SECONDS]");

        network.answer(call);
        network.hold(call);
        network.resume(call);
        network.hangUp(call, CallParty.CALLING);

        network.whenEnded(call).get(TIMEOUT, TimeUnit.SECONDS);
        await().atMost(TIMEOUT, TimeUnit.SECONDS).untilAsserted(() -> assertThat(since(ALICE, before)).last()
                .asString().endsWith("RELEASE"));
        // The talk time is whatever the SLEE's clock measured (often under a millisecond here): a
        // final debit is made only if some was metered.
        assertThat(since(ALICE, before)).hasSizeBetween(2, 3).first().asString().endsWith("RESERVE [60 SECONDS]");
        assertThat(since(ALICE, before).subList(1, since(ALICE, before).size() - 1))
                .allSatisfy(e -> assertThat(e).contains(" DEBIT [").contains(" SECONDS]").endsWith(" close"));
    }

    @Test
    void anOcsReauthorisationOfAConnectedCallIsAnsweredWithAFurtherReservation() throws Exception {
        int before = entries(BOB).size();
        NetworkActivityId call = network.startCall(BOB, ALICE);
        assertThat(action(call).kind()).isEqualTo(ActionKind.CALL_CONNECTED);
        network.answer(call);

        reauth.accept(BOB.getAddressString());

        await().atMost(TIMEOUT, TimeUnit.SECONDS).untilAsserted(() -> assertThat(since(BOB, before))
                .filteredOn(e -> e.endsWith("RESERVE [60 SECONDS]")).hasSize(2));
        network.hangUp(call, CallParty.CALLED);
        network.whenEnded(call).get(TIMEOUT, TimeUnit.SECONDS);
        await().atMost(TIMEOUT, TimeUnit.SECONDS).untilAsserted(() -> assertThat(since(BOB, before)).last()
                .asString().endsWith("RELEASE"));
        assertThat(since(BOB, before)).first().asString().endsWith("RESERVE [60 SECONDS]");
        assertThat(network.actions()).filteredOn(a -> a.activityId().equals(call)).extracting(SbbAction::kind)
                .containsExactly(ActionKind.CALL_CONNECTED);
    }

    @Test
    void aCallIsRejectedWhenTheFirstReservationIsRefused() throws Exception {
        NetworkActivityId call = network.startCall(CAROL, BOB);

        SbbAction released = action(call);

        assertThat(released.kind()).isEqualTo(ActionKind.CALL_RELEASED);
        assertThat(released.cause()).isEqualTo(Cause.CREDIT_DENIED);
        network.whenEnded(call).get(TIMEOUT, TimeUnit.SECONDS);
    }

    @Test
    void aConnectedCallIsReleasedWhenItsQuotaIsUsedAndNoMoreCreditIsGranted() throws Exception {
        NetworkActivityId call = network.startCall(DAVE, BOB);
        assertThat(action(call).kind()).isEqualTo(ActionKind.CALL_CONNECTED);

        network.answer(call);

        SbbAction released = network.takeAction(call).get(TIMEOUT, TimeUnit.SECONDS);
        assertThat(released.kind()).isEqualTo(ActionKind.CALL_RELEASED);
        assertThat(released.cause()).isEqualTo(Cause.CREDIT_EXHAUSTED);
        await().atMost(TIMEOUT, TimeUnit.SECONDS).untilAsserted(() -> assertThat(entries(DAVE))
                .anyMatch(e -> e.contains("RESERVE-REFUSED")).last().asString().endsWith("RELEASE"));
    }

    @Test
    void aGrantWhoseValidityTimeEndsIsRenewedWhileTheCallLasts() throws Exception {
        NetworkActivityId call = network.startCall(ERIN, BOB);
        assertThat(action(call).kind()).isEqualTo(ActionKind.CALL_CONNECTED);
        network.answer(call);

        await().atMost(TIMEOUT, TimeUnit.SECONDS).untilAsserted(() -> assertThat(entries(ERIN))
                .filteredOn(e -> e.endsWith("RESERVE [60 SECONDS]")).hasSizeGreaterThanOrEqualTo(2));
        assertThat(entries(ERIN)).as("the renewal follows the end of the first grant's validity")
                .extracting(e -> e.substring(e.indexOf(' ') + 1)).startsWith("RESERVE [60 SECONDS]", "VALIDITY_END");
        network.hangUp(call, CallParty.CALLING);

        network.whenEnded(call).get(TIMEOUT, TimeUnit.SECONDS);
        await().atMost(TIMEOUT, TimeUnit.SECONDS).untilAsserted(() -> assertThat(entries(ERIN)).last().asString()
                .endsWith("RELEASE"));
        assertThat(entries(ERIN)).as("a second and more of talk was metered and debited")
                .anyMatch(e -> e.contains(" DEBIT [") && e.contains(" SECONDS]"));
        assertThat(network.actions()).filteredOn(a -> a.activityId().equals(call)).extracting(SbbAction::kind)
                .containsExactly(ActionKind.CALL_CONNECTED);
    }

    @Test
    void everyContentOfADataSessionIsChargedOnItsOwnByTheSameEntity() throws Exception {
        int before = entries(ALICE).size();
        NetworkActivityId session = network.startDataSession(ALICE, "internet");
        network.requestContent(session, "news", 1_000);
        assertThat(action(session)).isEqualTo(new SbbAction(ActionKind.CONTENT_ALLOWED, session, Cause.NORMAL,
                "news"));
        network.requestContent(session, "video", 3_000);
        assertThat(action(session)).isEqualTo(new SbbAction(ActionKind.CONTENT_ALLOWED, session, Cause.NORMAL,
                "video"));
        assertThat(slee.inspect().totalSbbEntities()).as("one feature entity and its manager").isEqualTo(2);

        network.contentDelivered(session, "video", 3_000);
        network.endDataSession(session);

        network.whenEnded(session).get(TIMEOUT, TimeUnit.SECONDS);
        await().atMost(TIMEOUT, TimeUnit.SECONDS).untilAsserted(() -> assertThat(since(ALICE, before))
                .filteredOn(e -> e.endsWith("RELEASE")).hasSize(2));
        assertThat(since(ALICE, before)).containsExactlyInAnyOrder(ALICE.getAddressString() + " RESERVE [1000 OCTETS]",
                ALICE.getAddressString() + " RESERVE [3000 OCTETS]",
                ALICE.getAddressString() + " DEBIT [3000 OCTETS] close", ALICE.getAddressString() + " RELEASE",
                ALICE.getAddressString() + " RELEASE");
    }

    @Test
    void deliveredContentIsDebitedWhatWasDelivered() throws Exception {
        NetworkActivityId session = network.startDataSession(ALICE, "internet");
        network.requestContent(session, "song-42", 2_000_000);
        assertThat(action(session).kind()).isEqualTo(ActionKind.CONTENT_ALLOWED);

        network.contentDelivered(session, "song-42", 2_000_000);
        network.endDataSession(session);

        network.whenEnded(session).get(TIMEOUT, TimeUnit.SECONDS);
        await().atMost(TIMEOUT, TimeUnit.SECONDS).untilAsserted(() -> assertThat(entries(ALICE)).containsSubsequence(
                ALICE.getAddressString() + " RESERVE [2000000 OCTETS]",
                ALICE.getAddressString() + " DEBIT [2000000 OCTETS] close",
                ALICE.getAddressString() + " RELEASE"));
    }

    @Test
    void contentThatFailsToArriveIsNotDebited() throws Exception {
        int before = entries(BOB).size();
        NetworkActivityId session = network.startDataSession(BOB, "internet");
        network.requestContent(session, "clip-7", 5_000);
        assertThat(action(session).kind()).isEqualTo(ActionKind.CONTENT_ALLOWED);

        network.contentDeliveryFailed(session, "clip-7", "radio link lost");
        network.endDataSession(session);

        network.whenEnded(session).get(TIMEOUT, TimeUnit.SECONDS);
        await().atMost(TIMEOUT, TimeUnit.SECONDS).untilAsserted(() -> assertThat(entries(BOB).subList(before,
                entries(BOB).size())).containsExactly(BOB.getAddressString() + " RESERVE [5000 OCTETS]",
                        BOB.getAddressString() + " RELEASE"));
    }

    @Test
    void contentIsDeniedWhenTheReservationIsRefused() throws Exception {
        NetworkActivityId session = network.startDataSession(CAROL, "internet");
        network.requestContent(session, "movie", 700_000_000);

        SbbAction denied = action(session);

        assertThat(denied).isEqualTo(new SbbAction(ActionKind.CONTENT_DENIED, session, Cause.CREDIT_DENIED, "movie"));
        network.endDataSession(session);
        network.whenEnded(session).get(TIMEOUT, TimeUnit.SECONDS);
    }

    @Test
    void contentIsDeniedWhenTheGrantDoesNotCoverItAndTheReservationIsReturned() throws Exception {
        int before = entries(DAVE).size();
        NetworkActivityId session = network.startDataSession(DAVE, "internet");
        network.requestContent(session, "album", 90_000_000);

        SbbAction denied = action(session);

        assertThat(denied).isEqualTo(new SbbAction(ActionKind.CONTENT_DENIED, session, Cause.CREDIT_DENIED, "album"));
        await().atMost(TIMEOUT, TimeUnit.SECONDS).untilAsserted(() -> assertThat(since(DAVE, before))
                .containsExactly(DAVE.getAddressString() + " RESERVE [90000000 OCTETS]",
                        DAVE.getAddressString() + " RELEASE"));
        network.endDataSession(session);
        network.whenEnded(session).get(TIMEOUT, TimeUnit.SECONDS);
    }

    @Test
    void aMessageIsDebitedBeforeItIsAccepted() throws Exception {
        int before = entries(BOB).size();
        NetworkActivityId message = network.submitMessage(BOB, ALICE, 2);
        assertThat(action(message).kind()).isEqualTo(ActionKind.MESSAGE_ACCEPTED);
        assertThat(entries(BOB).subList(before, entries(BOB).size()))
                .containsExactly(BOB.getAddressString() + " DIRECT_DEBIT [2 NUMBER]");

        network.messageDelivered(message);

        network.whenEnded(message).get(TIMEOUT, TimeUnit.SECONDS);
        await().atMost(TIMEOUT, TimeUnit.SECONDS).untilAsserted(() -> assertThat(entries(BOB)).last().asString()
                .endsWith("RELEASE"));
    }

    @Test
    void aMessageThatCannotBeDeliveredIsRefunded() throws Exception {
        int before = entries(BOB).size();
        NetworkActivityId message = network.submitMessage(BOB, ALICE, 1);
        assertThat(action(message).kind()).isEqualTo(ActionKind.MESSAGE_ACCEPTED);

        network.messageDeliveryFailed(message, "recipient unreachable");

        network.whenEnded(message).get(TIMEOUT, TimeUnit.SECONDS);
        await().atMost(TIMEOUT, TimeUnit.SECONDS).untilAsserted(() -> assertThat(entries(BOB).subList(before,
                entries(BOB).size())).containsExactly(BOB.getAddressString() + " DIRECT_DEBIT [1 NUMBER]",
                        BOB.getAddressString() + " REFUND [1 NUMBER]", BOB.getAddressString() + " RELEASE"));
    }

    @Test
    void aMessageIsRejectedWhenTheDebitIsRefused() throws Exception {
        NetworkActivityId message = network.submitMessage(CAROL, ALICE, 1);

        SbbAction rejected = action(message);

        assertThat(rejected.kind()).isEqualTo(ActionKind.MESSAGE_REJECTED);
        assertThat(rejected.cause()).isEqualTo(Cause.CREDIT_DENIED);
        network.whenEnded(message).get(TIMEOUT, TimeUnit.SECONDS);
    }

    private static SbbAction action(NetworkActivityId activity) throws Exception {
        return network.takeAction(activity).get(TIMEOUT, TimeUnit.SECONDS);
    }

    private static List<String> since(Address user, int before) {
        List<String> all = entries(user);
        return all.subList(before, all.size());
    }

    private static List<String> entries(Address user) {
        return ledger.get().stream().filter(e -> e.startsWith(user.getAddressString() + " ")).toList();
    }

    private static Path stubDu() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE resource-adaptor-jar PUBLIC
                    "-//Sun Microsystems, Inc.//DTD JAIN SLEE Resource Adaptor 1.1//EN"
                    "http://java.sun.com/dtd/slee-resource-adaptor-jar_1_1.dtd">
                <resource-adaptor-jar>
                  <resource-adaptor>
                    <resource-adaptor-name>UnitStubChargingRA</resource-adaptor-name>
                    <resource-adaptor-vendor>org.sleecharging.test</resource-adaptor-vendor>
                    <resource-adaptor-version>1.0</resource-adaptor-version>
                    <resource-adaptor-type-ref>
                      <resource-adaptor-type-name>ChargingResourceAdaptorType</resource-adaptor-type-name>
                      <resource-adaptor-type-vendor>org.sleecharging</resource-adaptor-type-vendor>
                      <resource-adaptor-type-version>1.0</resource-adaptor-type-version>
                    </resource-adaptor-type-ref>
                    <resource-adaptor-classes>
                      <resource-adaptor-class supports-active-reconfiguration="False">
                        <resource-adaptor-class-name>%s</resource-adaptor-class-name>
                      </resource-adaptor-class>
                    </resource-adaptor-classes>
                  </resource-adaptor>
                </resource-adaptor-jar>
                """.formatted(UnitStubRa.class.getName());
        Path file = dir.resolve("unit-stub-charging-ra-du.jar");
        try {
            DeployableUnits.of(DeployableUnits.componentJar("unit-stub-charging-ra.jar", xml, UnitStubRa.class,
                    Class.forName("org.sleecharging.servicedu.stub.UnitStubSession")))
                    .build(file.getFileName().toString()).as(ZipExporter.class).exportTo(file.toFile(), true);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }
}
