package org.sleecharging.ocs.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sleecharging.ocs.CreditControlAnswer;

/** The OCS side of one Ro session: whose account it charges and what it holds. */
final class CcSession {
    final String id;
    final Account account;
    final String subscriber;
    final Map<Reservation.MsccKey, Reservation> reservations = new LinkedHashMap<>();
    long lastRequestNumber = -1;
    CreditControlAnswer lastAnswer;

    CcSession(String id, Account account, String subscriber) {
        this.id = id;
        this.account = account;
        this.subscriber = subscriber;
    }
}
