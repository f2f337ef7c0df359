package org.sleecharging.it.features;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.sleecharging.events.CreditUnitRes;
import org.sleecharging.events.DebitUnitRes;
import org.sleecharging.events.DirectCreditUnitRes;
import org.sleecharging.events.DirectDebitUnitRes;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ocs.LedgerEntry;
import org.sleecharging.ocs.OcsSimulator;

/**
 * Net charges per OCS unit bucket ({@code TIME} seconds, {@code TOTAL_OCTETS},
 * {@code SERVICE_SPECIFIC_UNITS}), from either side of the Ro interface: what the OCS ledger took
 * (debits minus refunds, over every account) or what the charging RA told the SBBs it charged (the
 * debit and credit answers {@link ChargingSpySbb} saw). "No charge is lost or doubled" (DESIGN.md)
 * is these two books being equal.
 */
record ChargeBook(Map<String, BigDecimal> net) {

    static final String TIME = "TIME";
    static final String OCTETS = "TOTAL_OCTETS";
    static final String MESSAGE_UNITS = "SERVICE_SPECIFIC_UNITS";

    ChargeBook {
        net = Map.copyOf(net);
    }

    /** What the OCS has taken so far, net of refunds. */
    static ChargeBook takenBy(OcsSimulator ocs) {
        Map<String, BigDecimal> net = empty();
        for (String account : ocs.accounts().keySet()) {
            for (String bucket : net.keySet()) {
                net.merge(bucket, ocs.ledger().total(LedgerEntry.Kind.DEBIT, account, bucket)
                        .subtract(ocs.ledger().total(LedgerEntry.Kind.REFUND, account, bucket)), BigDecimal::add);
            }
        }
        return new ChargeBook(net);
    }

    /** What the RA's answers said was debited minus credited. */
    static ChargeBook told(Iterable<Object> answers) {
        Map<String, BigDecimal> net = empty();
        for (Object a : answers) {
            if (a instanceof DebitUnitRes r) {
                add(net, r.getDebitedVolumes(), BigDecimal.ONE);
            } else if (a instanceof DirectDebitUnitRes r) {
                add(net, r.getDebitedVolumes(), BigDecimal.ONE);
            } else if (a instanceof CreditUnitRes r) {
                add(net, r.getCreditedVolumes(), BigDecimal.ONE.negate());
            } else if (a instanceof DirectCreditUnitRes r) {
                add(net, r.getCreditedVolumes(), BigDecimal.ONE.negate());
            } else {
                throw new IllegalArgumentException("not a unit charge answer: " + a);
            }
        }
        return new ChargeBook(net);
    }

    ChargeBook minus(ChargeBook earlier) {
        Map<String, BigDecimal> diff = new TreeMap<>(net);
        earlier.net.forEach((bucket, v) -> diff.merge(bucket, v.negate(), BigDecimal::add));
        return new ChargeBook(diff);
    }

    BigDecimal get(String bucket) {
        return net.getOrDefault(bucket, BigDecimal.ZERO);
    }

    /** Equal bucket by bucket, whatever the scale of the numbers. */
    boolean sameAs(ChargeBook other) {
        return net.keySet().stream().allMatch(b -> get(b).compareTo(other.get(b)) == 0)
                && other.net.keySet().stream().allMatch(b -> get(b).compareTo(other.get(b)) == 0);
    }

    private static Map<String, BigDecimal> empty() {
        Map<String, BigDecimal> net = new TreeMap<>();
        net.put(TIME, BigDecimal.ZERO);
        net.put(OCTETS, BigDecimal.ZERO);
        net.put(MESSAGE_UNITS, BigDecimal.ZERO);
        return net;
    }

    private static void add(Map<String, BigDecimal> net, VolumeSet volumes, BigDecimal sign) {
        if (volumes == null) {
            return;
        }
        for (Volume v : volumes.volumes()) {
            BigDecimal amount = v.amount().toBigDecimal().multiply(sign);
            switch (v.unit()) {
                case SECONDS -> net.merge(TIME, amount, BigDecimal::add);
                case MINUTES -> net.merge(TIME, amount.multiply(BigDecimal.valueOf(60)), BigDecimal::add);
                case HOURS -> net.merge(TIME, amount.multiply(BigDecimal.valueOf(3600)), BigDecimal::add);
                case DAYS -> net.merge(TIME, amount.multiply(BigDecimal.valueOf(86400)), BigDecimal::add);
                case OCTETS -> net.merge(OCTETS, amount, BigDecimal::add);
                case NUMBER -> net.merge(MESSAGE_UNITS, amount, BigDecimal::add);
                default -> throw new IllegalArgumentException("unit " + v.unit());
            }
        }
    }
}
