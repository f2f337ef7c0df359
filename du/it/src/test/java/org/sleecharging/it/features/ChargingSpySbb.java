package org.sleecharging.it.features;

import javax.slee.ActivityContextInterface;
import javax.slee.CreateException;
import javax.slee.RolledBackContext;
import javax.slee.Sbb;
import javax.slee.SbbContext;
import org.sleecharging.events.CreditUnitRes;
import org.sleecharging.events.DebitUnitRes;
import org.sleecharging.events.DirectCreditUnitRes;
import org.sleecharging.events.DirectDebitUnitRes;

/**
 * Listens in on what the charging RA tells SBBs it charged: the root SBB of a service whose initial
 * events are the charging RA's unit debit and credit answers, selected by activity context, so the
 * SLEE gives it every such event fired on any charging session (next to the charging manager that
 * is attached to the session) and removes it when the session's activity ends. It reports each
 * event, unchanged, to the test ({@link Wire}, inbox {@value #TOLD}). It never calls the RA.
 */
public abstract class ChargingSpySbb implements Sbb {

    /** The recorder inbox of every charge the RA reported. */
    public static final String TOLD = "told";

    public void onDebitUnitRes(DebitUnitRes event, ActivityContextInterface aci) {
        Wire.record(Recorder.NAME, TOLD, event);
    }

    public void onCreditUnitRes(CreditUnitRes event, ActivityContextInterface aci) {
        Wire.record(Recorder.NAME, TOLD, event);
    }

    public void onDirectDebitUnitRes(DirectDebitUnitRes event, ActivityContextInterface aci) {
        Wire.record(Recorder.NAME, TOLD, event);
    }

    public void onDirectCreditUnitRes(DirectCreditUnitRes event, ActivityContextInterface aci) {
        Wire.record(Recorder.NAME, TOLD, event);
    }

    @Override
    public void setSbbContext(SbbContext context) {
    }

    @Override
    public void unsetSbbContext() {
    }

    @Override
    public void sbbCreate() throws CreateException {
    }

    @Override
    public void sbbPostCreate() throws CreateException {
    }

    @Override
    public void sbbActivate() {
    }

    @Override
    public void sbbPassivate() {
    }

    @Override
    public void sbbLoad() {
    }

    @Override
    public void sbbStore() {
    }

    @Override
    public void sbbRemove() {
    }

    @Override
    public void sbbExceptionThrown(Exception exception, Object event, ActivityContextInterface aci) {
    }

    @Override
    public void sbbRolledBack(RolledBackContext context) {
    }
}
