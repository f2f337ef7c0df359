package org.sleecharging.manager.sbb;

import javax.slee.ActivityContextInterface;
import javax.slee.facilities.TimerFacility;
import javax.slee.facilities.TimerID;
import javax.slee.facilities.TimerOptions;

import org.sleecharging.manager.internal.DeadlineKind;
import org.sleecharging.manager.internal.InstanceRecord;
import org.sleecharging.ratype.ChargingException;

/**
 * Keeps one SLEE timer per instance deadline (lifetime, quota), set on the instance's charging
 * session ACI: a changed deadline cancels the old timer and sets a new one.
 */
final class DeadlineTimers {
    private final TimerFacility facility;
    private final RaGateway gateway;

    DeadlineTimers(TimerFacility facility, RaGateway gateway) {
        this.facility = facility;
        this.gateway = gateway;
    }

    TimerBook reconcile(TimerBook book, InstanceRecord record) throws ChargingException {
        TimerBook result = book;
        for (DeadlineKind kind : DeadlineKind.values()) {
            long wanted = record.deadline(kind);
            TimerBook.Entry set = result.find(record.name(), kind);
            if (set != null && set.deadline == wanted) {
                continue;
            }
            if (set != null) {
                facility.cancelTimer(set.timer);
                result = result.without(set);
            }
            if (wanted >= 0 && record.sessionId() != null) {
                ActivityContextInterface aci = gateway.aci(record);
                TimerID timer = facility.setTimer(aci, null, wanted, new TimerOptions());
                result = result.with(new TimerBook.Entry(timer, record.name(), kind, wanted));
            }
        }
        return result;
    }

    /** Cancels every timer in the book (the manager is being removed). */
    void cancelAll(TimerBook book) {
        for (TimerBook.Entry entry : book.entries()) {
            facility.cancelTimer(entry.timer);
        }
    }
}
