package org.sleecharging.ra.internal.slee;

import java.util.ArrayList;
import java.util.List;

import javax.slee.Address;
import javax.slee.AddressPlan;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.CorrelationId;
import org.sleecharging.events.value.MerchantAccount;
import org.sleecharging.ra.engine.ChargingEngine;
import org.sleecharging.ra.engine.SessionSnapshot;
import org.sleecharging.ra.engine.ro.ChargedUser;
import org.sleecharging.ratype.ChargingProvider;
import org.sleecharging.ratype.ChargingSessionActivity;
import org.sleecharging.ratype.InvalidAccountException;
import org.sleecharging.ratype.InvalidSessionIdException;
import org.sleecharging.ratype.InvalidUserException;
import org.sleecharging.ratype.MethodNotSupportedException;
import org.sleecharging.ratype.TaskRefusedException;

/**
 * The RA's SBB interface: creates engine sessions and starts their activities (see
 * {@link ActivityRegistry} for why suspended), and recreates sessions from replicated snapshots.
 */
final class ChargingProviderImpl implements ChargingProvider {

    private final ChargingRaCore core;

    ChargingProviderImpl(ChargingRaCore core) {
        this.core = core;
    }

    @Override
    public ChargingSessionActivity createChargingSession(String description, MerchantAccount merchantAccount,
            Address user, CorrelationId correlationId) throws InvalidUserException, InvalidAccountException,
            TaskRefusedException {
        ChargingEngine engine = core.engine();
        return startOrRelease(engine.createSession(description, merchantAccount, chargedUser(user), correlationId));
    }

    @Override
    public ChargingSessionActivity createSplitChargingSession(String description, MerchantAccount merchantAccount,
            List<Address> users, CorrelationId correlationId) throws InvalidUserException, InvalidAccountException,
            TaskRefusedException, MethodNotSupportedException {
        ChargingEngine engine = core.engine();
        if (users == null) {
            throw new InvalidUserException("the list of users is missing");
        }
        List<ChargedUser> charged = new ArrayList<ChargedUser>();
        for (Address user : users) {
            charged.add(chargedUser(user));
        }
        return startOrRelease(engine.createSplitSession(description, merchantAccount, charged, correlationId));
    }

    @Override
    public ChargingSessionActivity recreateChargingSession(ChargingSessionId sessionId)
            throws InvalidSessionIdException {
        requireId(sessionId);
        ChargingEngine engine = core.engineFor(sessionId);
        ChargingSessionActivityImpl existing = core.activities().get(sessionId);
        if (engine.isLive(sessionId)) {
            // Live here already: its activity, or a new one if the old one has ended.
            return existing != null ? existing : core.startActivity(sessionId);
        }
        SessionSnapshot snapshot = core.replication().find(sessionId);
        if (snapshot == null) {
            throw new InvalidSessionIdException("charging session " + sessionId
                    + " is neither live on this node nor in the replicated data");
        }
        // The activity exists before the session does, so an event the restored session reports at
        // once (e.g. a lifetime that ran out meanwhile) has an activity to be fired on.
        ChargingSessionActivityImpl activity = existing != null ? existing : core.startActivity(sessionId);
        engine.restore(snapshot);
        return activity;
    }

    @Override
    public ChargingSessionActivity getChargingSession(ChargingSessionId sessionId) throws InvalidSessionIdException {
        requireId(sessionId);
        ChargingSessionActivityImpl activity = core.activities().get(sessionId);
        if (activity == null || !core.engineFor(sessionId).isLive(sessionId)) {
            throw new InvalidSessionIdException("no live charging session " + sessionId + " on this node");
        }
        return activity;
    }

    private ChargingSessionActivity startOrRelease(ChargingSessionId id) {
        boolean started = false;
        try {
            ChargingSessionActivityImpl activity = core.startActivity(id);
            started = true;
            return activity;
        } finally {
            if (!started) {
                core.release(id, "the SLEE did not start its activity");
            }
        }
    }

    private static void requireId(ChargingSessionId sessionId) throws InvalidSessionIdException {
        if (sessionId == null) {
            throw new InvalidSessionIdException("the charging session id is missing");
        }
    }

    /** SLEE address plan → Subscription-Id-Type (RFC 4006 §8.47). */
    static ChargedUser chargedUser(Address user) throws InvalidUserException {
        if (user == null) {
            throw new InvalidUserException("the user address is missing");
        }
        AddressPlan plan = user.getAddressPlan();
        String address = user.getAddressString();
        if (plan.equals(AddressPlan.E164) || plan.equals(AddressPlan.E164_MOBILE)) {
            return ChargingEngine.user(ChargedUser.Type.END_USER_E164, address);
        }
        if (plan.equals(AddressPlan.SIP) || plan.equals(AddressPlan.URI)) {
            return ChargingEngine.user(ChargedUser.Type.END_USER_SIP_URI, address);
        }
        if (plan.equals(AddressPlan.SMTP)) {
            return ChargingEngine.user(ChargedUser.Type.END_USER_NAI, address);
        }
        throw new InvalidUserException("user " + address + " has address plan " + plan
                + "; the charging RA takes E164, E164_MOBILE, SIP, URI or SMTP addresses");
    }
}
