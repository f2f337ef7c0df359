package org.sleecharging.ocs;

import java.util.List;

/**
 * The result of replaying the ledger against the accounts: every balance must equal
 * initial − debits + refunds, every held amount must equal the live reservations, and no
 * reservation may outlive its session or its Validity-Time.
 */
public record Reconciliation(List<String> problems, int accountsChecked, int liveReservations) {

    public Reconciliation {
        problems = List.copyOf(problems);
    }

    public boolean isConsistent() {
        return problems.isEmpty();
    }
}
