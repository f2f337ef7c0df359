package org.sleecharging.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.slee.management.ResourceAdaptorEntityState;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sleecharging.container.EmbeddedSlee;
import org.sleecharging.it.probe.ChargingProbe;
import org.sleecharging.it.probe.ProbeCommand;
import org.sleecharging.it.probe.ProbeDus;
import org.sleecharging.it.probe.ProbeSession;
import org.sleecharging.it.probe.SessionActivityEnded;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.OcsSimulator;
import org.sleecharging.ocs.RequestType;

/**
 * What every test of the charging RA shares: the built ra-du (with the four RA entities of
 * arquillian.xml's {@code charging} entry), the probe DU bound to their links, two OCS simulators
 * on loopback, and after each test the check that nothing is left in the SLEE.
 */
@ExtendWith({OcsLoopback.class, ArquillianExtension.class})
abstract class ChargingItBase {

    /** Link names of the RA entities (arquillian.xml): CCFH TERMINATE, a second TERMINATE entity, CONTINUE, RETRY_AND_TERMINATE. */
    static final String CHARGING = "charging";
    static final String CHARGING_B = "charging-b";
    static final String CONTINUE = "charging-continue";
    static final String RETRY = "charging-retry";

    @Deployment(name = "ra-du", order = 1, testable = false)
    static JavaArchive raDu() {
        return BuiltDus.raDuArchive();
    }

    @Deployment(name = "probe", order = 2, testable = false)
    static JavaArchive probeDu() {
        return ProbeDus.du("probe-du.jar", CHARGING, CHARGING_B, CONTINUE, RETRY);
    }

    @ArquillianResource EmbeddedSlee slee;

    ChargingProbe probe;

    @BeforeEach
    void startProbe() {
        probe = ChargingProbe.start(slee, Duration.ofSeconds(15));
        OcsLoopback.primary().clearRules();
        OcsLoopback.secondary().clearRules();
    }

    /**
     * Fails the test if anything it started is still in the SLEE. The leftovers are then cleared
     * by restarting the RA entities (stopping ends their activities) so that the next tests are
     * judged on their own.
     */
    @AfterEach
    void nothingLeftInTheSlee() throws Exception {
        probe.close();
        try {
            Leaks.assertNoneIn(slee, 1);
        } catch (ConditionTimeoutException leak) {
            restartEntities();
            throw leak;
        }
    }

    private void restartEntities() throws Exception {
        for (String entity : List.of(CHARGING, CHARGING_B, CONTINUE, RETRY)) {
            slee.deactivateResourceAdaptorEntity(entity);
        }
        for (String entity : List.of(CHARGING, CHARGING_B, CONTINUE, RETRY)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> slee.resources().getState(entity),
                    ResourceAdaptorEntityState.INACTIVE::equals);
            slee.activateResourceAdaptorEntity(entity);
        }
    }

    /** Releases the session and waits for its activity to end. */
    static void release(ProbeSession s) {
        s.accept(ProbeCommand.release(s.next()));
        assertThat(s.expect(SessionActivityEnded.class).sessionId()).isEqualTo(s.id());
    }

    /** The next CCR of {@code type} the OCS received from {@code subscriber} (older ones are skipped). */
    static CreditControlRequest nextRequest(OcsSimulator ocs, String subscriber, RequestType type)
            throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            CreditControlRequest r = ocs.takeRequest(Duration.between(Instant.now(), deadline));
            if (r != null && subscriber.equals(r.subscriber()) && r.requestType() == type) {
                return r;
            }
        }
        throw new AssertionError("no " + type + " from " + subscriber + " at " + ocs.config().originHost());
    }
}
