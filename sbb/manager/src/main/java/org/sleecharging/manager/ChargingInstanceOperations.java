package org.sleecharging.manager;

import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.value.VolumeSet;

/**
 * The operations of {@link ChargingInstance} and its subtypes addressed by instance name: what the
 * instance handles call on the manager's local object. Features normally use the handles; the
 * semantics are those of the handle methods of the same name. An operation of the wrong charging
 * type (e.g. {@code doDirectDebit} on a reservation instance) throws IllegalArgumentException.
 */
public interface ChargingInstanceOperations {

    ChargingType getChargingType(String name) throws UnknownChargingInstanceException;

    ChargingState getChargingState(String name) throws UnknownChargingInstanceException;

    SessionCounters getSessionCounters(String name) throws UnknownChargingInstanceException;

    ChargingInstruction getPendingChargingInstruction(String name) throws UnknownChargingInstanceException;

    ReportingReason getPendingReportingReason(String name) throws UnknownChargingInstanceException;

    void clearInstruction(String name) throws UnknownChargingInstanceException;

    void suspend(String name) throws UnknownChargingInstanceException, ChargingInstanceAlreadyFinalisedException;

    void resume(String name, boolean autoUpdateCounters) throws UnknownChargingInstanceException,
            ChargingInstanceAlreadyFinalisedException;

    boolean isSuspended(String name) throws UnknownChargingInstanceException;

    boolean isCreditCheckInProgress(String name) throws UnknownChargingInstanceException;

    void doCreditReservation(String name, String executionPhase) throws UnknownChargingInstanceException,
            InstructionAlreadyPendingException, ChargingInstanceAlreadyFinalisedException,
            CreditCheckAlreadyInProgressException;

    void doCreditReservation(String name, ReportingReason reason, String executionPhase)
            throws UnknownChargingInstanceException, InstructionAlreadyPendingException,
            ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException;

    void doCreditFinalisation(String name, ReportingReason reason) throws UnknownChargingInstanceException,
            ChargingInstanceAlreadyFinalisedException, CreditCheckAlreadyInProgressException;

    void reportUsedUnits(String name, VolumeSet used) throws UnknownChargingInstanceException,
            ChargingInstanceAlreadyFinalisedException;

    void doDirectDebit(String name, String executionPhase) throws UnknownChargingInstanceException,
            InstructionAlreadyPendingException, ChargingInstanceAlreadyFinalisedException,
            CreditCheckAlreadyInProgressException;

    void doRefund(String name, String executionPhase) throws UnknownChargingInstanceException,
            InstructionAlreadyPendingException, ChargingInstanceAlreadyFinalisedException,
            CreditCheckAlreadyInProgressException;

    void release(String name) throws UnknownChargingInstanceException, ChargingInstanceAlreadyFinalisedException,
            CreditCheckAlreadyInProgressException;
}
