package org.sleecharging.it.probe;

import java.io.Serializable;
import java.util.Map;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.slee.ActivityContextInterface;
import javax.slee.ActivityEndEvent;
import javax.slee.CreateException;
import javax.slee.RolledBackContext;
import javax.slee.Sbb;
import javax.slee.SbbContext;
import javax.slee.UnrecognizedActivityException;
import javax.slee.FactoryException;
import org.sleecharging.events.CreditAmountErr;
import org.sleecharging.events.CreditAmountRes;
import org.sleecharging.events.CreditUnitErr;
import org.sleecharging.events.CreditUnitRes;
import org.sleecharging.events.DebitAmountErr;
import org.sleecharging.events.DebitAmountRes;
import org.sleecharging.events.DebitUnitErr;
import org.sleecharging.events.DebitUnitRes;
import org.sleecharging.events.DirectCreditAmountErr;
import org.sleecharging.events.DirectCreditAmountRes;
import org.sleecharging.events.DirectCreditUnitErr;
import org.sleecharging.events.DirectCreditUnitRes;
import org.sleecharging.events.DirectDebitAmountErr;
import org.sleecharging.events.DirectDebitAmountRes;
import org.sleecharging.events.DirectDebitUnitErr;
import org.sleecharging.events.DirectDebitUnitRes;
import org.sleecharging.events.ExtendLifeTimeErr;
import org.sleecharging.events.ExtendLifeTimeRes;
import org.sleecharging.events.RateErr;
import org.sleecharging.events.RateRes;
import org.sleecharging.events.ReauthRequest;
import org.sleecharging.events.ReserveAmountErr;
import org.sleecharging.events.ReserveAmountRes;
import org.sleecharging.events.ReserveUnitErr;
import org.sleecharging.events.ReserveUnitRes;
import org.sleecharging.events.SessionAborted;
import org.sleecharging.events.SessionEnded;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.ratype.ChargingActivityContextInterfaceFactory;
import org.sleecharging.ratype.ChargingException;
import org.sleecharging.ratype.ChargingProvider;
import org.sleecharging.ratype.ChargingSessionActivity;
import org.sleecharging.ratype.InvalidSessionIdException;

/**
 * A root SBB that drives the charging RA for tests: each {@code ProbeCommand} event (fired by the
 * test on its own activity) becomes one call on {@link ChargingProvider} or
 * {@link ChargingSessionActivity}; the synchronous outcome and every charging event that arrives
 * afterwards on the session's activity are handed to the test (see {@link ProbeWire}).
 *
 * <p>Copy it for a feature SBB: it shows the JNDI names of the RA type binding
 * ({@code slee/resources/charging/acifactory}) and of the entity bindings
 * ({@code slee/resources/charging/<link>/provider}), attaching to a new session's ACI, finding the
 * session again by its id from CMP, and one handler per charging event. Java 8, as deployable
 * code for Restcomm JAIN SLEE 7 must be.
 */
public abstract class ChargingProbeSbb implements Sbb {

    static final String ACI_FACTORY = "slee/resources/charging/acifactory";

    private SbbContext context;
    private Context env;
    private ChargingActivityContextInterfaceFactory aciFactory;

    // CMP fields: where to report, and the session this entity drives.
    public abstract String getRecorder();

    public abstract void setRecorder(String recorder);

    public abstract String getKey();

    public abstract void setKey(String key);

    public abstract String getLink();

    public abstract void setLink(String link);

    public abstract ChargingSessionId getSessionId();

    public abstract void setSessionId(ChargingSessionId id);

    /** Initial event (one entity per test activity) and every later command of that activity. */
    public void onProbeCommand(Map<?, ?> event, ActivityContextInterface aci) {
        if (getRecorder() == null) {
            setRecorder(ProbeWire.recorder(event));
            setKey(ProbeWire.key(event));
        }
        ProbeCommand command = ProbeWire.command(event);
        CommandOutcome outcome;
        try {
            outcome = execute(command);
        } catch (ChargingException e) {
            outcome = CommandOutcome.refused(command, e);
        } catch (RuntimeException e) {
            outcome = CommandOutcome.failed(command, e);
        }
        record(outcome);
    }

    private CommandOutcome execute(ProbeCommand c) throws ChargingException {
        switch (c.op()) {
            case OPEN:
                return opened(c, provider(c.link()).createChargingSession(ProbeCommand.DESCRIPTION.text(),
                        ProbeCommand.MERCHANT, c.users().get(0), c.correlationId()));
            case OPEN_SPLIT:
                return opened(c, provider(c.link()).createSplitChargingSession(ProbeCommand.DESCRIPTION.text(),
                        ProbeCommand.MERCHANT, c.users(), c.correlationId()));
            case RECREATE:
                return opened(c, provider(c.link()).recreateChargingSession(c.sessionId()));
            case RESERVE_AMOUNT:
                session().reserveAmountReq(ProbeCommand.DESCRIPTION, c.parameters(), c.amount(), c.minimum(),
                        c.requestNumber());
                break;
            case RESERVE_UNIT:
                session().reserveUnitReq(ProbeCommand.DESCRIPTION, c.parameters(), c.volumes(), c.requestNumber());
                break;
            case DEBIT_AMOUNT:
                session().debitAmountReq(ProbeCommand.DESCRIPTION, c.amount(), c.closeReservation(),
                        c.requestNumber());
                break;
            case DEBIT_UNIT:
                session().debitUnitReq(ProbeCommand.DESCRIPTION, c.volumes(), c.closeReservation(),
                        c.requestNumber());
                break;
            case CREDIT_AMOUNT:
                session().creditAmountReq(ProbeCommand.DESCRIPTION, c.amount(), c.closeReservation(),
                        c.requestNumber());
                break;
            case CREDIT_UNIT:
                session().creditUnitReq(ProbeCommand.DESCRIPTION, c.volumes(), c.closeReservation(),
                        c.requestNumber());
                break;
            case DIRECT_DEBIT_AMOUNT:
                session().directDebitAmountReq(ProbeCommand.DESCRIPTION, c.parameters(), c.amount(),
                        c.requestNumber());
                break;
            case DIRECT_DEBIT_UNIT:
                session().directDebitUnitReq(ProbeCommand.DESCRIPTION, c.parameters(), c.volumes(),
                        c.requestNumber());
                break;
            case DIRECT_CREDIT_AMOUNT:
                session().directCreditAmountReq(ProbeCommand.DESCRIPTION, c.parameters(), c.amount(),
                        c.requestNumber());
                break;
            case DIRECT_CREDIT_UNIT:
                session().directCreditUnitReq(ProbeCommand.DESCRIPTION, c.parameters(), c.volumes(),
                        c.requestNumber());
                break;
            case EXTEND_LIFETIME:
                session().extendLifeTimeReq();
                break;
            case RATE:
                session().rateReq(c.parameters());
                break;
            case RELEASE:
                session().release(c.requestNumber());
                break;
            case AMOUNT_LEFT:
                return CommandOutcome.value(c, session().getAmountLeft());
            case UNIT_LEFT:
                return CommandOutcome.value(c, session().getUnitLeft());
            case LIFETIME_LEFT:
                return CommandOutcome.value(c, session().getLifeTimeLeft());
            default:
                throw new IllegalArgumentException("probe operation " + c.op() + " has no mapping");
        }
        return CommandOutcome.accepted(c);
    }

    /** Attaches to the new session's activity and remembers how to find it again. */
    private CommandOutcome opened(ProbeCommand c, ChargingSessionActivity session) {
        try {
            aciFactory.getActivityContextInterface(session).attach(context.getSbbLocalObject());
        } catch (UnrecognizedActivityException e) {
            throw new IllegalStateException("the RA does not know the activity it just created", e);
        } catch (FactoryException e) {
            throw new IllegalStateException("no ACI for " + session.getSessionId(), e);
        }
        setLink(c.link());
        setSessionId(session.getSessionId());
        return CommandOutcome.opened(c, session.getSessionId(), session.getNextRequestNumber());
    }

    private ChargingSessionActivity session() throws InvalidSessionIdException {
        if (getSessionId() == null) {
            throw new IllegalStateException("no charging session opened by this probe yet");
        }
        return provider(getLink()).getChargingSession(getSessionId());
    }

    private ChargingProvider provider(String link) {
        try {
            return (ChargingProvider) env.lookup("slee/resources/charging/" + link + "/provider");
        } catch (NamingException e) {
            throw new IllegalStateException("no charging RA entity bound to link " + link, e);
        }
    }

    public void onCreditAmountErr(CreditAmountErr event, ActivityContextInterface aci) {
        record(event);
    }

    public void onCreditAmountRes(CreditAmountRes event, ActivityContextInterface aci) {
        record(event);
    }

    public void onCreditUnitErr(CreditUnitErr event, ActivityContextInterface aci) {
        record(event);
    }

    public void onCreditUnitRes(CreditUnitRes event, ActivityContextInterface aci) {
        record(event);
    }

    public void onDebitAmountErr(DebitAmountErr event, ActivityContextInterface aci) {
        record(event);
    }

    public void onDebitAmountRes(DebitAmountRes event, ActivityContextInterface aci) {
        record(event);
    }

    public void onDebitUnitErr(DebitUnitErr event, ActivityContextInterface aci) {
        record(event);
    }

    public void onDebitUnitRes(DebitUnitRes event, ActivityContextInterface aci) {
        record(event);
    }

    public void onDirectCreditAmountErr(DirectCreditAmountErr event, ActivityContextInterface aci) {
        record(event);
    }

    public void onDirectCreditAmountRes(DirectCreditAmountRes event, ActivityContextInterface aci) {
        record(event);
    }

    public void onDirectCreditUnitErr(DirectCreditUnitErr event, ActivityContextInterface aci) {
        record(event);
    }

    public void onDirectCreditUnitRes(DirectCreditUnitRes event, ActivityContextInterface aci) {
        record(event);
    }

    public void onDirectDebitAmountErr(DirectDebitAmountErr event, ActivityContextInterface aci) {
        record(event);
    }

    public void onDirectDebitAmountRes(DirectDebitAmountRes event, ActivityContextInterface aci) {
        record(event);
    }

    public void onDirectDebitUnitErr(DirectDebitUnitErr event, ActivityContextInterface aci) {
        record(event);
    }

    public void onDirectDebitUnitRes(DirectDebitUnitRes event, ActivityContextInterface aci) {
        record(event);
    }

    public void onExtendLifeTimeErr(ExtendLifeTimeErr event, ActivityContextInterface aci) {
        record(event);
    }

    public void onExtendLifeTimeRes(ExtendLifeTimeRes event, ActivityContextInterface aci) {
        record(event);
    }

    public void onRateErr(RateErr event, ActivityContextInterface aci) {
        record(event);
    }

    public void onRateRes(RateRes event, ActivityContextInterface aci) {
        record(event);
    }

    public void onReauthRequest(ReauthRequest event, ActivityContextInterface aci) {
        record(event);
    }

    public void onReserveAmountErr(ReserveAmountErr event, ActivityContextInterface aci) {
        record(event);
    }

    public void onReserveAmountRes(ReserveAmountRes event, ActivityContextInterface aci) {
        record(event);
    }

    public void onReserveUnitErr(ReserveUnitErr event, ActivityContextInterface aci) {
        record(event);
    }

    public void onReserveUnitRes(ReserveUnitRes event, ActivityContextInterface aci) {
        record(event);
    }

    public void onSessionAborted(SessionAborted event, ActivityContextInterface aci) {
        record(event);
    }

    public void onSessionEnded(SessionEnded event, ActivityContextInterface aci) {
        record(event);
    }

    /** Both the test's activity and the charging session's end here; only the latter is news. */
    public void onActivityEndEvent(ActivityEndEvent event, ActivityContextInterface aci) {
        if (aci.getActivity() instanceof ChargingSessionActivity) {
            record(new SessionActivityEnded(getSessionId()));
        }
    }

    private void record(Serializable record) {
        ProbeWire.record(getRecorder(), getKey(), record);
    }

    @Override
    public void setSbbContext(SbbContext context) {
        this.context = context;
        try {
            env = (Context) new InitialContext().lookup("java:comp/env");
            aciFactory = (ChargingActivityContextInterfaceFactory) env.lookup(ACI_FACTORY);
        } catch (NamingException e) {
            throw new IllegalStateException("JNDI environment of the charging probe incomplete", e);
        }
    }

    @Override
    public void unsetSbbContext() {
        context = null;
        env = null;
        aciFactory = null;
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
    public void sbbRemove() {
    }

    @Override
    public void sbbLoad() {
    }

    @Override
    public void sbbStore() {
    }

    @Override
    public void sbbExceptionThrown(Exception exception, Object event, ActivityContextInterface aci) {
    }

    @Override
    public void sbbRolledBack(RolledBackContext context) {
    }
}
