package org.sleecharging.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sleecharging.events.CreditAmountRes;
import org.sleecharging.events.CreditUnitRes;
import org.sleecharging.events.DebitAmountRes;
import org.sleecharging.events.DebitUnitRes;
import org.sleecharging.events.DirectCreditAmountRes;
import org.sleecharging.events.DirectCreditUnitRes;
import org.sleecharging.events.DirectDebitAmountRes;
import org.sleecharging.events.DirectDebitUnitRes;
import org.sleecharging.events.RequestOutcome;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.it.probe.ProbeSession;
import org.sleecharging.ocs.LedgerEntry;
import org.sleecharging.ocs.OcsSimulator;

/**
 * "No charge is lost or doubled" (DESIGN.md): what the SBB was told it charged a subscriber, from
 * the events its probe sessions received, must be exactly what the OCS simulators' ledgers took
 * from that subscriber's account (debits minus refunds, summed over primary and secondary), and
 * once the sessions are over nothing may be held or left open at either OCS.
 */
public final class Ledgers {

    private static final String EUR = "EUR";
    private static final String TIME = "TIME";

    private Ledgers() {
    }

    /**
     * Net money the SBB was told it took: debits and direct debits minus credits and direct
     * credits. The answer to a retried request (same session and request number) repeats the
     * original outcome and counts once.
     */
    public static BigDecimal toldMoney(List<ProbeSession> sessions) {
        BigDecimal net = BigDecimal.ZERO;
        for (ProbeSession s : sessions) {
            for (Object r : distinctOutcomes(s)) {
                if (r instanceof DebitAmountRes e) {
                    net = net.add(euros(e.getDebitedAmount()));
                } else if (r instanceof DirectDebitAmountRes e) {
                    net = net.add(euros(e.getDebitedAmount()));
                } else if (r instanceof CreditAmountRes e) {
                    net = net.subtract(euros(e.getCreditedAmount()));
                } else if (r instanceof DirectCreditAmountRes e) {
                    net = net.subtract(euros(e.getCreditedAmount()));
                }
            }
        }
        return net;
    }

    /** Net time in seconds the SBB was told it took, the same way. */
    public static BigDecimal toldSeconds(List<ProbeSession> sessions) {
        BigDecimal net = BigDecimal.ZERO;
        for (ProbeSession s : sessions) {
            for (Object r : distinctOutcomes(s)) {
                if (r instanceof DebitUnitRes e) {
                    net = net.add(seconds(e.getDebitedVolumes()));
                } else if (r instanceof DirectDebitUnitRes e) {
                    net = net.add(seconds(e.getDebitedVolumes()));
                } else if (r instanceof CreditUnitRes e) {
                    net = net.subtract(seconds(e.getCreditedVolumes()));
                } else if (r instanceof DirectCreditUnitRes e) {
                    net = net.subtract(seconds(e.getCreditedVolumes()));
                }
            }
        }
        return net;
    }

    private static Collection<Object> distinctOutcomes(ProbeSession s) {
        Map<List<Object>, Object> distinct = new LinkedHashMap<>();
        for (Object r : s.history()) {
            distinct.putIfAbsent(r instanceof RequestOutcome o
                    ? List.of(o.getClass(), o.getSessionId(), o.getRequestNumber()) : List.of(r), r);
        }
        return distinct.values();
    }

    /** Debits minus refunds on one account bucket, over both simulators. */
    public static BigDecimal taken(String account, String bucket) {
        BigDecimal net = BigDecimal.ZERO;
        for (OcsSimulator ocs : List.of(OcsLoopback.primary(), OcsLoopback.secondary())) {
            net = net.add(ocs.ledger().total(LedgerEntry.Kind.DEBIT, account, bucket))
                    .subtract(ocs.ledger().total(LedgerEntry.Kind.REFUND, account, bucket));
        }
        return net;
    }

    /**
     * The subscriber's sessions are over: waits until neither OCS holds anything for the account
     * nor has any of the account's Ro sessions open, then checks {@link #assertTold}.
     */
    public static void assertReconciled(String subscriber, ProbeSession... sessions) {
        assertReconciled(List.of(subscriber), sessions);
    }

    /** The same for sessions charging several subscribers (split charging): sums over their accounts. */
    public static void assertReconciled(List<String> subscribers, ProbeSession... sessions) {
        for (String subscriber : subscribers) {
            String account = OcsLoopback.account(subscriber);
            await("OCS reservations of " + account + " released and its Ro sessions closed")
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> both().stream().allMatch(o -> nothingHeld(o, account) && noSessionLive(o, account)));
        }
        assertTold(subscribers, sessions);
    }

    /**
     * Both ledgers add up (balances, holds and live reservations agree), and what they took from
     * the account, net of refunds, is exactly what the SBB was told it charged. Holds of requests
     * the RA gave up on (Tx timeout) may remain until their Validity-Time: they are not charges.
     */
    public static void assertTold(String subscriber, ProbeSession... sessions) {
        assertTold(List.of(subscriber), sessions);
    }

    public static void assertTold(List<String> subscribers, ProbeSession... sessions) {
        List<ProbeSession> all = List.of(sessions);
        // Usage reports (CCR-UPDATE/TERMINATION) may still be on their way when the SBB hears back.
        await("what the OCS took from " + subscribers + " matches what the SBB was told")
                .atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                    BigDecimal euros = BigDecimal.ZERO;
                    BigDecimal seconds = BigDecimal.ZERO;
                    for (String subscriber : subscribers) {
                        euros = euros.add(taken(OcsLoopback.account(subscriber), EUR));
                        seconds = seconds.add(taken(OcsLoopback.account(subscriber), TIME));
                    }
                    assertThat(euros).as("EUR taken from %s vs. told to the SBB", subscribers)
                            .isEqualByComparingTo(toldMoney(all));
                    assertThat(seconds).as("seconds taken from %s vs. told to the SBB", subscribers)
                            .isEqualByComparingTo(toldSeconds(all));
                });
        for (OcsSimulator ocs : both()) {
            assertThat(ocs.reconcile().problems()).as("OCS %s books", ocs.config().originHost()).isEmpty();
        }
    }

    /** Waits until {@code ocs} holds nothing for the account and has none of its Ro sessions open. */
    public static void awaitClosed(OcsSimulator ocs, String subscriber) {
        String account = OcsLoopback.account(subscriber);
        await("reservations of " + account + " at " + ocs.config().originHost() + " released, sessions closed")
                .atMost(Duration.ofSeconds(10)).until(() -> nothingHeld(ocs, account) && noSessionLive(ocs, account));
    }

    /** What one OCS holds for the account now, per bucket. */
    public static BigDecimal held(OcsSimulator ocs, String account, String bucket) {
        return ocs.account(account).held().getOrDefault(bucket, BigDecimal.ZERO);
    }

    private static List<OcsSimulator> both() {
        return List.of(OcsLoopback.primary(), OcsLoopback.secondary());
    }

    private static boolean noSessionLive(OcsSimulator ocs, String account) {
        return ocs.ledger().entries().stream().filter(e -> e.account().equals(account))
                .noneMatch(e -> ocs.isSessionLive(e.sessionId()));
    }

    private static boolean nothingHeld(OcsSimulator ocs, String account) {
        return ocs.account(account).held().values().stream().allMatch(v -> v.signum() == 0);
    }

    private static BigDecimal euros(Money m) {
        assertThat(m.currency().getCurrencyCode()).isEqualTo(EUR);
        return m.amount().toBigDecimal();
    }

    private static BigDecimal seconds(VolumeSet volumes) {
        BigDecimal total = BigDecimal.ZERO;
        for (Volume v : volumes.volumes()) {
            total = total.add(v.amount().toBigDecimal().multiply(BigDecimal.valueOf(secondsPer(v.unit()))));
        }
        return total;
    }

    private static long secondsPer(Unit unit) {
        switch (unit) {
            case SECONDS:
                return 1;
            case MINUTES:
                return 60;
            case HOURS:
                return 3600;
            case DAYS:
                return 86400;
            default:
                throw new AssertionError("not a time unit: " + unit);
        }
    }
}
