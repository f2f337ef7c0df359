package org.sleecharging.ra.internal.slee;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.slee.SLEEException;
import javax.slee.resource.ActivityAlreadyExistsException;
import javax.slee.resource.ActivityFlags;
import javax.slee.resource.SleeEndpoint;
import javax.slee.resource.StartActivityException;
import javax.slee.resource.UnrecognizedActivityHandleException;
import javax.slee.transaction.SleeTransactionManager;
import javax.transaction.SystemException;

import org.sleecharging.events.value.ChargingSessionId;

/**
 * The charging session activities this entity has started, by handle. An activity started from an
 * SBB call (a SLEE transaction is active) is started <em>suspended</em> (JSLEE 1.1 §15.11.2): events
 * fired on it are held until that transaction completes, so the SBB has attached to its ACI before
 * the first answer is delivered. The activity does not vanish on rollback, because the engine
 * session behind it does not either; an activity nobody attached to is released when the SLEE
 * reports it unreferenced.
 */
final class ActivityRegistry {

    /** The SLEE tells the RA when an activity ended and when no SBB or name references it. */
    static final int ACTIVITY_FLAGS = ActivityFlags.REQUEST_ENDED_CALLBACK
            | ActivityFlags.REQUEST_ACTIVITY_UNREFERENCED_CALLBACK;

    private final ConcurrentMap<ChargingActivityHandle, ChargingSessionActivityImpl> activities =
            new ConcurrentHashMap<ChargingActivityHandle, ChargingSessionActivityImpl>();

    /** Starts the activity; SLEEException if the SLEE refuses (nothing is registered then). */
    ChargingSessionActivityImpl start(SleeEndpoint endpoint, SleeTransactionManager txm, ChargingSessionId id,
            EngineAccess access) {
        ChargingSessionActivityImpl activity = new ChargingSessionActivityImpl(id, access);
        ChargingActivityHandle handle = activity.handle();
        if (activities.putIfAbsent(handle, activity) != null) {
            throw new SLEEException("charging session activity " + handle + " already exists on this RA entity");
        }
        try {
            if (inTransaction(txm)) {
                endpoint.startActivitySuspended(handle, activity, ACTIVITY_FLAGS);
            } else {
                endpoint.startActivity(handle, activity, ACTIVITY_FLAGS);
            }
            return activity;
        } catch (ActivityAlreadyExistsException e) {
            activities.remove(handle);
            throw new SLEEException("the SLEE already has an activity " + handle, e);
        } catch (StartActivityException e) {
            activities.remove(handle);
            throw new SLEEException("the SLEE refused to start activity " + handle + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            activities.remove(handle);
            throw e;
        }
    }

    private static boolean inTransaction(SleeTransactionManager txm) {
        try {
            return txm.getTransaction() != null;
        } catch (SystemException e) {
            throw new SLEEException("cannot tell whether a SLEE transaction is active", e);
        }
    }

    ChargingSessionActivityImpl get(ChargingActivityHandle handle) {
        return activities.get(handle);
    }

    ChargingSessionActivityImpl get(ChargingSessionId id) {
        return activities.get(ChargingActivityHandle.of(id));
    }

    /** Asks the SLEE to end the activity; false if the SLEE no longer knows it. */
    boolean end(SleeEndpoint endpoint, ChargingActivityHandle handle) {
        try {
            endpoint.endActivity(handle);
            return true;
        } catch (UnrecognizedActivityHandleException e) {
            activities.remove(handle);
            return false;
        }
    }

    /** The SLEE reported the activity ended (activityEnded). */
    ChargingSessionActivityImpl ended(ChargingActivityHandle handle) {
        return activities.remove(handle);
    }

    List<ChargingActivityHandle> handles() {
        return new ArrayList<ChargingActivityHandle>(activities.keySet());
    }

    int size() {
        return activities.size();
    }

    void clear() {
        activities.clear();
    }
}
