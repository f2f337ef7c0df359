package org.sleecharging.it.features;

import java.io.Serializable;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.slee.ActivityContextInterface;
import javax.slee.Address;
import javax.slee.AddressPlan;
import javax.slee.ChildRelation;
import javax.slee.CreateException;
import javax.slee.RolledBackContext;
import javax.slee.Sbb;
import javax.slee.SbbContext;
import javax.slee.nullactivity.NullActivity;
import javax.slee.nullactivity.NullActivityContextInterfaceFactory;
import javax.slee.nullactivity.NullActivityFactory;
import org.sleecharging.events.manager.ChargingInstanceEnded;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.manager.InstructionPending;
import org.sleecharging.events.value.MerchantAccount;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.manager.ChargingContext;
import org.sleecharging.manager.ChargingManager;
import org.sleecharging.manager.ChargingManagerException;
import org.sleecharging.manager.ChargingTerms;
import org.sleecharging.manager.ImmediateChargingInstance;
import org.sleecharging.manager.ReportingReason;
import org.sleecharging.manager.ReservationChargingInstance;

/**
 * A feature SBB reduced to its use of the charging manager, driven step by step by the test: each
 * {@code DriverCommand} event (fired by the test on a test activity of its own; the first one
 * creates the entity) carries steps such as {@code "reserve data"}, run in order in that event's
 * transaction. Each step's outcome is reported to the test ({@link Wire}, inbox {@code <key>/steps}):
 * {@code "ok"}, or the manager's refusal exception itself; every CreditResult, InstructionPending and
 * ChargingInstanceEnded the manager fires goes to inbox {@code <key>/events} as it arrives. Steps:
 *
 * <pre>
 * start &lt;E.164&gt;                       charge this subscriber (manager child + results NullActivity)
 * reservation &lt;name&gt; &lt;octets&gt;         createReservationInstance: reserve that many octets each time
 * immediate &lt;name&gt; &lt;units&gt;            createImmediateChargingInstance: debit/refund that many units
 * reserve | finalise | debit | refund | release | clear &lt;name&gt;
 * report &lt;name&gt; &lt;octets&gt;              reportUsedUnits
 * end                                  remove the manager and end the results NullActivity
 * </pre>
 */
public abstract class ManagerDriverSbb implements Sbb {

    static final String KEY = "key";
    static final String STEPS = "steps";
    static final String OK = "ok";
    /** Suffixes of the recorder inboxes: step outcomes, and the manager's events. */
    static final String STEPS_INBOX = "/steps";
    static final String EVENTS_INBOX = "/events";
    private static final MerchantAccount MERCHANT = MerchantAccount.of("org.sleecharging.it", 0);

    private SbbContext context;
    private NullActivityFactory nullActivities;
    private NullActivityContextInterfaceFactory nullActivityContexts;

    public abstract String getKey();

    public abstract void setKey(String key);

    public abstract ChargingManager getChargingManager();

    public abstract void setChargingManager(ChargingManager manager);

    public abstract ActivityContextInterface getResultActivity();

    public abstract void setResultActivity(ActivityContextInterface aci);

    public abstract ChildRelation getChargingManagerRelation();

    public void onDriverCommand(Map<?, ?> command, ActivityContextInterface aci) {
        setKey((String) command.get(KEY));
        for (String step : (String[]) command.get(STEPS)) {
            Wire.record(Recorder.NAME, getKey() + STEPS_INBOX, run(step.split(" ")));
        }
    }

    public void onCreditResult(CreditResult event, ActivityContextInterface aci) {
        report(event);
    }

    public void onInstructionPending(InstructionPending event, ActivityContextInterface aci) {
        report(event);
    }

    public void onChargingInstanceEnded(ChargingInstanceEnded event, ActivityContextInterface aci) {
        report(event);
    }

    private Serializable run(String[] step) {
        try {
            execute(step);
            return OK;
        } catch (ChargingManagerException refused) {
            return refused;
        } catch (RuntimeException | CreateException e) {
            return new IllegalStateException(String.join(" ", step) + " failed: " + e, e);
        }
    }

    private void execute(String[] s) throws ChargingManagerException, CreateException {
        switch (s[0]) {
            case "start":
                start(new Address(AddressPlan.E164, s[1]));
                break;
            case "reservation":
                manager().createReservationInstance(s[1], terms(Long.parseLong(s[2]), Unit.OCTETS));
                break;
            case "immediate":
                manager().createImmediateChargingInstance(s[1], terms(Long.parseLong(s[2]), Unit.NUMBER));
                break;
            case "reserve":
                reservation(s[1]).doCreditReservation(s[0]);
                break;
            case "report":
                reservation(s[1]).reportUsedUnits(VolumeSet.of(Volume.of(Long.parseLong(s[2]), Unit.OCTETS)));
                break;
            case "finalise":
                reservation(s[1]).doCreditFinalisation(ReportingReason.FINAL);
                break;
            case "debit":
                immediate(s[1]).doDirectDebit(s[0]);
                break;
            case "refund":
                immediate(s[1]).doRefund(s[0]);
                break;
            case "release":
                immediate(s[1]).release();
                break;
            case "clear":
                manager().getChargingInstance(s[1]).clearInstruction();
                break;
            case "end":
                end();
                break;
            default:
                throw new IllegalArgumentException("unknown step " + s[0]);
        }
    }

    private void start(Address user) throws CreateException {
        NullActivity results = nullActivities.createNullActivity();
        ActivityContextInterface aci = nullActivityContexts.getActivityContextInterface(results);
        aci.attach(context.getSbbLocalObject());
        ChargingManager manager = (ChargingManager) getChargingManagerRelation().create();
        manager.configure(ChargingContext.builder(user, MERCHANT).description("manager driver").build(), aci);
        setChargingManager(manager);
        setResultActivity(aci);
    }

    private void end() {
        manager().remove();
        setChargingManager(null);
        getResultActivity().detach(context.getSbbLocalObject());
        ((NullActivity) getResultActivity().getActivity()).endActivity();
        setResultActivity(null);
    }

    private static ChargingTerms terms(long number, Unit unit) {
        return ChargingTerms.of(VolumeSet.of(Volume.of(number, unit)));
    }

    private ChargingManager manager() {
        ChargingManager manager = getChargingManager();
        if (manager == null) {
            throw new IllegalStateException("no manager: start first");
        }
        return manager;
    }

    private ReservationChargingInstance reservation(String name) throws ChargingManagerException {
        return (ReservationChargingInstance) manager().getChargingInstance(name);
    }

    private ImmediateChargingInstance immediate(String name) throws ChargingManagerException {
        return (ImmediateChargingInstance) manager().getChargingInstance(name);
    }

    private void report(Serializable record) {
        Wire.record(Recorder.NAME, getKey() + EVENTS_INBOX, record);
    }

    @Override
    public void setSbbContext(SbbContext context) {
        this.context = context;
        try {
            InitialContext naming = new InitialContext();
            nullActivities = (NullActivityFactory) naming.lookup(NullActivityFactory.JNDI_NAME);
            nullActivityContexts = (NullActivityContextInterfaceFactory) naming
                    .lookup(NullActivityContextInterfaceFactory.JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("null activity facilities not in JNDI", e);
        }
    }

    @Override
    public void unsetSbbContext() {
        this.context = null;
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
