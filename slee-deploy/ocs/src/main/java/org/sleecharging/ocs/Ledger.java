package org.sleecharging.ocs;

import java.math.BigDecimal;
import java.util.List;

/** An immutable copy of the ledger at one instant, oldest entry first. */
public record Ledger(List<LedgerEntry> entries) {

    public Ledger {
        entries = List.copyOf(entries);
    }

    public List<LedgerEntry> forSession(String sessionId) {
        return entries.stream().filter(e -> e.sessionId().equals(sessionId)).toList();
    }

    public List<LedgerEntry> ofKind(LedgerEntry.Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    /** Sum of the {@code kind} entries on one account bucket (currency code or unit kind name). */
    public BigDecimal total(LedgerEntry.Kind kind, String account, String bucket) {
        return entries.stream()
                .filter(e -> e.kind() == kind && e.account().equals(account) && e.bucket().equals(bucket))
                .map(LedgerEntry::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
