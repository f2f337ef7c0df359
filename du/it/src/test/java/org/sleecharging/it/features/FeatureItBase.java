package org.sleecharging.it.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.slee.Address;
import javax.slee.AddressPlan;
import javax.slee.management.ServiceState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sleecharging.container.EmbeddedSlee;
import org.sleecharging.it.Leaks;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.netsim.driver.NetworkDrivers;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.NetworkActivityId;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.OcsSimulator;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.UnitType;

/**
 * End to end, what an example feature test needs: the built netsim, charging RA and service DUs
 * deployed in the embedded SLEE in that order (arquillian.xml creates and links the
 * {@code NetworkSimulator} and {@code ChargingRA} entities and activates every service), then this
 * package's test DU ({@link TestDus}: the charge spy and the manager driver); the OCS simulator on
 * loopback ({@link FeatureOcs}); and the network driver.
 *
 * <p>After every test: the OCS ledger reconciles with itself and took exactly what the RA told the
 * SBBs it charged; no Ro session is open and nothing held at the OCS (unless the test said a
 * dropped answer left a grant there until its Validity-Time); and nothing is left in the SLEE (no
 * network activity, no activity but the services', no SBB entity, no timer).
 */
@ExtendWith({FeatureOcs.class, ArquillianExtension.class})
abstract class FeatureItBase {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    /** The netsim DU's, the charging RA DU's, the feature services' (3) and the test DU's (2). */
    private static final int SERVICES = 5;
    private static final AtomicInteger NEXT_SUBSCRIBER = new AtomicInteger();

    @Deployment(name = "netsim-du", order = 1, testable = false)
    static JavaArchive netsimDu() {
        return FeatureDus.netsimDu();
    }

    @Deployment(name = "ra-du", order = 2, testable = false)
    static JavaArchive raDu() {
        return FeatureDus.raDu();
    }

    @Deployment(name = "service-du", order = 3, testable = false)
    static JavaArchive serviceDu() {
        return FeatureDus.serviceDu();
    }

    @Deployment(name = "feature-test-du", order = 4, testable = false)
    static JavaArchive testDu() {
        return TestDus.du();
    }

    @ArquillianResource EmbeddedSlee slee;

    NetworkDriver network;
    Recorder recorder;
    OcsSimulator ocs;
    private ChargeBook takenBefore;
    private boolean grantsLeftAtOcs;

    @BeforeEach
    void connect() throws InterruptedException {
        network = NetworkDrivers.of(slee.resourceAdaptor("NetworkSimulator", Object.class));
        ocs = FeatureOcs.ocs();
        ocs.clearRules();
        while (ocs.takeRequest(Duration.ZERO) != null) {
            // Requests of earlier tests are not this test's.
        }
        recorder = Recorder.start();
        takenBefore = ChargeBook.takenBy(ocs);
    }

    @AfterEach
    void chargedExactlyWhatWasToldAndNothingLeft() {
        try {
            await("network activities ended").atMost(TIMEOUT).until(() -> network.liveActivities().isEmpty());
            if (!grantsLeftAtOcs) {
                await("Ro sessions closed and nothing held at the OCS").atMost(TIMEOUT)
                        .until(() -> ocs.liveSessions() == 0 && nothingHeld());
            }
            assertThat(ocs.reconcile().problems()).as("OCS books").isEmpty();
            await("the OCS took exactly what the RA told the SBBs").atMost(TIMEOUT)
                    .untilAsserted(() -> assertThat(ChargeBook.takenBy(ocs).minus(takenBefore))
                            .satisfies(taken -> assertThat(taken.sameAs(told()))
                                    .as("taken %s, told %s", taken, told()).isTrue()));
            Leaks.assertNoneIn(slee, activeServices());
            assertThat(activeServices()).isEqualTo(SERVICES);
        } finally {
            recorder.close();
        }
    }

    /** For a test whose OCS charged a request it never answered: that grant stays held until its Validity-Time. */
    void grantsMayStayHeldAtTheOcs() {
        grantsLeftAtOcs = true;
    }

    /** What the RA told SBBs they charged during this test. */
    ChargeBook told() {
        return ChargeBook.told(recorder.history(ChargingSpySbb.TOLD));
    }

    /** What the OCS took during this test, net of refunds. */
    ChargeBook taken() {
        return ChargeBook.takenBy(ocs).minus(takenBefore);
    }

    /** A subscriber with plenty of credit that no other test of the class uses. */
    static String freshSubscriber() {
        return FeatureOcs.SUBSCRIBERS.get(NEXT_SUBSCRIBER.getAndIncrement());
    }

    static Address e164(String digits) {
        return new Address(AddressPlan.E164, digits);
    }

    /**
     * A call the feature connected: started from {@code caller} to {@code called}, its CCR-INITIAL
     * taken at the OCS ({@code granted} right after), CALL_CONNECTED, then answered ({@code answered}
     * just before). Talk time is metered from the answer.
     */
    record ConnectedCall(NetworkActivityId id, CreditControlRequest initial, Instant granted, Instant answered) {
    }

    ConnectedCall connectedCall(String caller, String called) throws Exception {
        NetworkActivityId call = network.startCall(e164(caller), e164(called));
        CreditControlRequest initial = nextRequest(caller, RequestType.INITIAL);
        Instant granted = Instant.now();
        assertThat(nextAction(call).kind()).isEqualTo(ActionKind.CALL_CONNECTED);
        Instant answered = Instant.now();
        network.answer(call);
        return new ConnectedCall(call, initial, granted, answered);
    }

    /** The next thing the service did to the activity. */
    SbbAction nextAction(NetworkActivityId activity) throws Exception {
        return network.takeAction(activity).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    void awaitEnd(NetworkActivityId activity) throws Exception {
        network.whenEnded(activity).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Lets a connected call's parties talk: the charging manager meters talk time with the real
     * clock, so the call has to last that long to be charged.
     */
    static void talkFor(Duration talk) {
        Instant end = Instant.now().plus(talk);
        await("talking").pollDelay(talk).atMost(talk.plusSeconds(5)).until(() -> !Instant.now().isBefore(end));
    }

    /** The seconds of talk a CCR reports used (CC-Time of its Used-Service-Units). */
    static long usedSeconds(CreditControlRequest ccr) {
        return ccr.msccs().stream().filter(m -> m.used() != null).mapToLong(m -> m.used().get(UnitType.TIME)).sum();
    }

    /** The next CCR of {@code type} from {@code subscriber} (older and other requests are skipped). */
    CreditControlRequest nextRequest(String subscriber, RequestType type) throws InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            CreditControlRequest r = ocs.takeRequest(Duration.between(Instant.now(), deadline));
            if (r != null && subscriber.equals(r.subscriber()) && r.requestType() == type) {
                return r;
            }
        }
        throw new AssertionError("no " + type + " from " + subscriber);
    }

    /** The next {@code count} CCRs from {@code subscriber}, in the order they arrived (other subscribers' are skipped). */
    List<CreditControlRequest> nextRequests(String subscriber, int count) throws InterruptedException {
        List<CreditControlRequest> requests = new ArrayList<>();
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (requests.size() < count && Instant.now().isBefore(deadline)) {
            CreditControlRequest r = ocs.takeRequest(Duration.between(Instant.now(), deadline));
            if (r != null && subscriber.equals(r.subscriber())) {
                requests.add(r);
            }
        }
        assertThat(requests).as("CCRs from %s", subscriber).hasSize(count);
        return requests;
    }

    private boolean nothingHeld() {
        return ocs.accounts().values().stream()
                .allMatch(a -> a.held().values().stream().allMatch(v -> v.signum() == 0));
    }

    private int activeServices() {
        try {
            return slee.services().getServices(ServiceState.ACTIVE).length;
        } catch (javax.slee.management.ManagementException e) {
            throw new IllegalStateException(e);
        }
    }
}
