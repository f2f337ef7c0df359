package org.sleecharging.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleecharging.it.OcsLoopback.SUBSCRIBERS;
import static org.sleecharging.it.probe.ChargingProbe.e164;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.events.DebitAmountRes;
import org.sleecharging.events.DirectDebitAmountRes;
import org.sleecharging.events.ReserveAmountRes;
import org.sleecharging.events.value.Money;
import org.sleecharging.it.probe.ProbeCommand;
import org.sleecharging.it.probe.ProbeSession;
import org.sleecharging.ocs.LedgerEntry;

/**
 * Failover to the secondary OCS when the primary is down (RFC 4006 §5.7): sessions whose
 * failure handling allows it, and every direct debit, go to the secondary and are charged there
 * once. A class of its own because the primary is stopped.
 */
class FailoverIT extends ChargingItBase {

    private static Money eur(String amount) {
        return Money.of("EUR", amount);
    }

    @AfterEach
    void primaryBack() {
        if (!OcsLoopback.primary().isListening()) {
            OcsLoopback.primary().restart();
        }
    }

    @Test
    void withThePrimaryDownAReservationAndItsUsageGoToTheSecondary() {
        String user = SUBSCRIBERS.get(15);
        OcsLoopback.primary().stop();
        ProbeSession s = probe.open(RETRY, e164(user));

        s.accept(ProbeCommand.reserveAmount(eur("4.00"), eur("1.00"), s.next()));
        assertThat(s.expect(ReserveAmountRes.class).getReservedAmount()).isEqualTo(eur("4.00"));
        s.accept(ProbeCommand.debitAmount(eur("1.50"), false, s.next()));
        s.expect(DebitAmountRes.class);
        release(s);

        Ledgers.assertReconciled(user, s);
        assertThat(OcsLoopback.secondary().ledger().total(LedgerEntry.Kind.DEBIT, user, "EUR"))
                .isEqualByComparingTo("1.50");
        assertThat(OcsLoopback.primary().ledger().entries()).noneMatch(e -> e.account().equals(user));
    }

    @Test
    void withThePrimaryDownADirectDebitIsChargedOnceAtTheSecondary() {
        String user = SUBSCRIBERS.get(16);
        OcsLoopback.primary().stop();
        ProbeSession s = probe.open(CHARGING, e164(user));

        s.accept(ProbeCommand.directDebitAmount(eur("3.00"), s.next()));
        assertThat(s.expect(DirectDebitAmountRes.class).getDebitedAmount()).isEqualTo(eur("3.00"));
        release(s);

        Ledgers.assertReconciled(user, s);
        assertThat(OcsLoopback.secondary().ledger().total(LedgerEntry.Kind.DEBIT, user, "EUR"))
                .isEqualByComparingTo("3.00");
    }
}
