package org.sleecharging.ratype;

import java.util.List;

import javax.slee.Address;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.CorrelationId;
import org.sleecharging.events.value.MerchantAccount;

/**
 * The SBB interface of the charging RA (TS 29.198-12 §8.2 IpChargingManager role). Obtain it from
 * JNDI ({@code java:comp/env/slee/resources/<link>}). No argument may be null; methods never
 * return null.
 */
public interface ChargingProvider {

    /**
     * Creates a session charging one user (E.164 or SIP URI address). Refused by the SLA's
     * parallel-session or sessions-per-hour limits with {@link TaskRefusedException}.
     */
    ChargingSessionActivity createChargingSession(String description, MerchantAccount merchantAccount, Address user,
            CorrelationId correlationId) throws InvalidUserException, InvalidAccountException, TaskRefusedException;

    /**
     * Creates one session charging several distinct users, one Ro session per user; reservations and
     * debits are split between them (equal shares unless weights are given as charging parameter
     * {@code SPLIT_WEIGHTS}). {@link MethodNotSupportedException} if the SLA disables split charging.
     */
    ChargingSessionActivity createSplitChargingSession(String description, MerchantAccount merchantAccount,
            List<Address> users, CorrelationId correlationId) throws InvalidUserException, InvalidAccountException,
            TaskRefusedException, MethodNotSupportedException;

    /**
     * Takes over a session created on another node or by a failed RA instance from its replicated
     * state; it continues with the same request numbers (seed 000 proposal).
     */
    ChargingSessionActivity recreateChargingSession(ChargingSessionId sessionId) throws InvalidSessionIdException;

    /** The live session with this id on this node. */
    ChargingSessionActivity getChargingSession(ChargingSessionId sessionId) throws InvalidSessionIdException;
}
