package org.sleecharging.ra.internal.slee;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.slee.facilities.AlarmFacility;
import javax.slee.facilities.AlarmLevel;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ra.engine.ro.Route;

/**
 * The RA's alarms (JSLEE 1.1 §13.3, raised through the RA context's AlarmFacility). Alarm types:
 * <ul>
 * <li>{@value #PEER_DOWN}, instance id {@code PRIMARY} or {@code SECONDARY} (the {@link Route}):
 * one alarm per OCS peer, MAJOR, raised when its Diameter connection goes down, cleared when it
 * comes back up;</li>
 * <li>{@value #USAGE_REPORT_FAILED}, instance id the charging session id: MAJOR, a final usage report
 * (CCR-TERMINATION) got no successful answer, so the OCS ledger may not hold the session's debits;
 * cleared by the administrator after reconciliation.</li>
 * </ul>
 */
final class Alarms {

    static final String PEER_DOWN = "org.sleecharging.ra.OcsPeerDown";
    static final String USAGE_REPORT_FAILED = "org.sleecharging.ra.UsageReportFailed";

    private final AlarmFacility facility;
    private final ConcurrentMap<Route, String> peerAlarmIds = new ConcurrentHashMap<Route, String>();

    Alarms(AlarmFacility facility) {
        this.facility = facility;
    }

    void peerDown(Route peer, String description) {
        // Raising an alarm that is already active returns its id again (JSLEE 1.1 §13.3.2).
        peerAlarmIds.put(peer, facility.raiseAlarm(PEER_DOWN, peer.name(), AlarmLevel.MAJOR,
                "Diameter connection to the " + peer.name().toLowerCase() + " OCS peer " + description + " is down"));
    }

    /** True if an alarm was active for the peer. */
    boolean peerUp(Route peer) {
        String alarmId = peerAlarmIds.remove(peer);
        return alarmId != null && facility.clearAlarm(alarmId);
    }

    /** Clears every peer alarm, when the entity stops watching its peers. */
    void clearPeerAlarms() {
        for (Route peer : Route.values()) {
            peerUp(peer);
        }
    }

    void usageReportFailed(ChargingSessionId id, String detail) {
        facility.raiseAlarm(USAGE_REPORT_FAILED, id.id(), AlarmLevel.MAJOR,
                "usage report of charging session " + id + " failed: " + detail);
    }
}
