package org.sleecharging.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sleecharging.it.probe.ChargingProbe.e164;

import java.time.Duration;
import java.util.function.IntSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sleecharging.arquillian.ActivateService;
import org.sleecharging.arquillian.ResourceAdaptorEntity;
import org.sleecharging.container.EmbeddedSlee;
import org.sleecharging.events.ReserveAmountRes;
import org.sleecharging.events.value.Money;
import org.sleecharging.it.probe.ChargingProbe;
import org.sleecharging.it.probe.ProbeCommand;
import org.sleecharging.it.probe.ProbeDus;
import org.sleecharging.it.probe.ProbeSession;
import org.sleecharging.it.probe.SessionActivityEnded;
import org.sleecharging.it.stub.StubDu;
import org.sleecharging.ratype.InvalidRequestNumberException;
import org.sleecharging.ratype.InvalidSessionIdException;

/**
 * The probe kit on its own: the built ra-du (library, events, RA type), an in-memory stub RA of the
 * same RA type, and the probe DU. Shows that commands reach the RA through the SBB, that events
 * and refusals come back to the test as real objects, and that closing a session leaves nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ProbeHarnessIT {

    private static final String LINK = "charging";

    @Deployment(name = "ra-du", order = 1, testable = false)
    static JavaArchive raDu() {
        return BuiltDus.raDuArchive();
    }

    @Deployment(name = "stub-ra", order = 2, testable = false)
    @ResourceAdaptorEntity(ra = "StubChargingRA#org.sleecharging.it#1.0", entity = "stub", link = LINK)
    static JavaArchive stubRa() {
        return StubDu.du();
    }

    @Deployment(name = "probe", order = 3, testable = false)
    @ActivateService(ProbeDus.SERVICE_NAME)
    static JavaArchive probeDu() {
        return ProbeDus.du("probe-du.jar", LINK);
    }

    @ArquillianResource EmbeddedSlee slee;

    private ChargingProbe probe;

    @BeforeEach
    void probe() {
        probe = ChargingProbe.start(slee, Duration.ofSeconds(10));
    }

    @AfterEach
    void nothingLeft() {
        probe.close();
        Leaks.assertNoneIn(slee, 1);
        IntSupplier liveStubSessions = slee.resourceAdaptor("stub", IntSupplier.class);
        await().atMost(Duration.ofSeconds(5)).until(liveStubSessions::getAsInt, n -> n == 0);
    }

    @Test
    void aReservationGoesThroughTheSbbAndItsAnswerComesBack() {
        ProbeSession s = probe.open(LINK, e164("491700000001"));
        assertThat(s.id().id()).startsWith("stub-");
        assertThat(s.next()).isEqualTo(1);

        s.accept(ProbeCommand.reserveAmount(Money.of("EUR", "5.00"), Money.of("EUR", "1.00"), s.next()));
        ReserveAmountRes res = s.expect(ReserveAmountRes.class);

        assertThat(res.getSessionId()).isEqualTo(s.id());
        assertThat(res.getRequestNumber()).isEqualTo(1);
        assertThat(res.getReservedAmount()).isEqualTo(Money.of("EUR", "5.00"));
        assertThat(s.next()).isEqualTo(2);
        releaseAndAwaitEnd(s);
    }

    @Test
    void refusalsComeBackAsTheRasOwnExceptions() {
        ProbeSession s = probe.open(LINK, e164("491700000002"));

        assertThat(s.refuse(ProbeCommand.reserveAmount(Money.of("EUR", "1"), Money.of("EUR", "1"), 7)))
                .isInstanceOf(InvalidRequestNumberException.class)
                .hasMessageContaining("expected 1, got 7");
        releaseAndAwaitEnd(s);
    }

    private static void releaseAndAwaitEnd(ProbeSession s) {
        s.accept(ProbeCommand.release(s.next()));
        assertThat(s.expect(SessionActivityEnded.class).sessionId()).isEqualTo(s.id());
    }

    @Test
    void releaseEndsTheActivityAndTheSessionIsGone() {
        ProbeSession s = probe.open(LINK, e164("491700000003"));

        s.accept(ProbeCommand.release(s.next()));

        assertThat(s.expect(SessionActivityEnded.class).sessionId()).isEqualTo(s.id());
        assertThat(s.refuse(ProbeCommand.of(ProbeCommand.Op.EXTEND_LIFETIME)))
                .isInstanceOf(InvalidSessionIdException.class);
    }
}
