package org.sleecharging.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleecharging.it.OcsLoopback.SUBSCRIBERS;
import static org.sleecharging.it.probe.ChargingProbe.e164;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.DebitAmountRes;
import org.sleecharging.events.ReserveAmountErr;
import org.sleecharging.events.ReserveAmountRes;
import org.sleecharging.events.SessionEnded;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.SessionEndedCause;
import org.sleecharging.it.probe.ProbeCommand;
import org.sleecharging.it.probe.ProbeSession;
import org.sleecharging.it.probe.SessionActivityEnded;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.Rule;

/**
 * RFC 4006 failure handling with the RA's own Tx timer: an OCS that charges but never answers a
 * CCR-INITIAL, under each Credit-Control-Failure-Handling mode (one RA entity per mode), with and
 * without a secondary OCS that answers. The grants the unanswered requests made stay held at the
 * OCS until their Validity-Time; what the SBB was told must still match what was taken.
 */
class FailureHandlingIT extends ChargingItBase {

    private static Money eur(String amount) {
        return Money.of("EUR", amount);
    }

    private static void dropInitialOn(boolean primary, boolean secondary, String user) {
        Rule drop = Rule.dropAnswer().forSubscriber(user).forRequestType(RequestType.INITIAL);
        if (primary) {
            OcsLoopback.primary().enqueue(drop);
        }
        if (secondary) {
            OcsLoopback.secondary().enqueue(drop);
        }
    }

    @Test
    void terminateEndsTheSessionAfterTheTxTimerWithoutFailingOver() throws Exception {
        String user = SUBSCRIBERS.get(11);
        dropInitialOn(true, false, user);
        ProbeSession s = probe.open(CHARGING, e164(user));

        s.accept(ProbeCommand.reserveAmount(eur("5.00"), eur("1.00"), s.next()));

        ReserveAmountErr err = s.expect(ReserveAmountErr.class);
        assertThat(err.getError()).isEqualTo(ChargingError.UNDEFINED);
        assertThat(err.getExtraInformation()).contains("TERMINATE");
        assertThat(s.expect(SessionEnded.class).getCause()).isEqualTo(SessionEndedCause.UNDEFINED);
        s.expect(SessionActivityEnded.class);
        assertThat(OcsLoopback.secondary().ledger().entries()).noneMatch(e -> e.account().equals(user));
        Ledgers.assertTold(user, s);
    }

    @Test
    void retryAndTerminateFailsOverToTheSecondaryWithTheTFlag() throws Exception {
        String user = SUBSCRIBERS.get(12);
        dropInitialOn(true, false, user);
        ProbeSession s = probe.open(RETRY, e164(user));

        s.accept(ProbeCommand.reserveAmount(eur("5.00"), eur("1.00"), s.next()));

        assertThat(s.expect(ReserveAmountRes.class).getReservedAmount()).isEqualTo(eur("5.00"));
        CreditControlRequest original = nextRequest(OcsLoopback.primary(), user, RequestType.INITIAL);
        CreditControlRequest resent = nextRequest(OcsLoopback.secondary(), user, RequestType.INITIAL);
        assertThat(resent.retransmitted()).isTrue();
        assertThat(resent.sessionId()).isEqualTo(original.sessionId());
        assertThat(resent.requestNumber()).isEqualTo(original.requestNumber());

        s.accept(ProbeCommand.debitAmount(eur("2.00"), false, s.next()));
        s.expect(DebitAmountRes.class);
        release(s);
        // The session stayed on the secondary: its usage and termination went there.
        Ledgers.awaitClosed(OcsLoopback.secondary(), user);
        Ledgers.assertTold(user, s);
        assertThat(Ledgers.taken(user, "EUR")).isEqualByComparingTo("2.00");
    }

    @Test
    void retryAndTerminateEndsTheSessionWhenTheSecondaryFailsToo() {
        String user = SUBSCRIBERS.get(13);
        dropInitialOn(true, true, user);
        ProbeSession s = probe.open(RETRY, e164(user));

        s.accept(ProbeCommand.reserveAmount(eur("5.00"), eur("1.00"), s.next()));

        ReserveAmountErr err = s.expect(ReserveAmountErr.class);
        assertThat(err.getError()).isEqualTo(ChargingError.UNDEFINED);
        assertThat(err.getExtraInformation()).contains("RETRY_AND_TERMINATE");
        assertThat(s.expect(SessionEnded.class).getCause()).isEqualTo(SessionEndedCause.UNDEFINED);
        s.expect(SessionActivityEnded.class);
        Ledgers.assertTold(user, s);
    }

    @Test
    void continueKeepsTheSessionAndTheNextReservationSucceeds() {
        String user = SUBSCRIBERS.get(14);
        dropInitialOn(true, true, user);
        ProbeSession s = probe.open(CONTINUE, e164(user));

        s.accept(ProbeCommand.reserveAmount(eur("5.00"), eur("1.00"), s.next()));
        ReserveAmountErr err = s.expect(ReserveAmountErr.class);
        assertThat(err.getError()).isEqualTo(ChargingError.UNDEFINED);
        assertThat(err.getExtraInformation()).contains("CONTINUE");
        assertThat(s.has(SessionEnded.class)).isFalse();

        // The rules are used up: the OCS answers from now on.
        s.accept(ProbeCommand.reserveAmount(eur("5.00"), eur("1.00"), s.next()));
        s.expect(ReserveAmountRes.class);
        s.accept(ProbeCommand.debitAmount(eur("1.00"), false, s.next()));
        s.expect(DebitAmountRes.class);
        release(s);
        assertThat(s.has(SessionEnded.class)).isFalse();
        Ledgers.assertTold(user, s);
        assertThat(Ledgers.taken(user, "EUR")).isEqualByComparingTo("1.00");
    }
}
