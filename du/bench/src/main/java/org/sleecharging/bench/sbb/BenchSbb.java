package org.sleecharging.bench.sbb;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.function.Consumer;
import javax.management.JMException;
import javax.management.ObjectName;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.slee.ActivityContextInterface;
import javax.slee.ActivityEndEvent;
import javax.slee.Address;
import javax.slee.AddressPlan;
import javax.slee.CreateException;
import javax.slee.RolledBackContext;
import javax.slee.Sbb;
import javax.slee.SbbContext;
import org.sleecharging.events.DebitAmountErr;
import org.sleecharging.events.DebitAmountRes;
import org.sleecharging.events.RequestOutcome;
import org.sleecharging.events.ReserveAmountErr;
import org.sleecharging.events.ReserveAmountRes;
import org.sleecharging.events.SessionAborted;
import org.sleecharging.events.SessionEnded;
import org.sleecharging.events.value.ApplicationDescription;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.CorrelationId;
import org.sleecharging.events.value.MerchantAccount;
import org.sleecharging.events.value.Money;
import org.sleecharging.ratype.ChargingActivityContextInterfaceFactory;
import org.sleecharging.ratype.ChargingException;
import org.sleecharging.ratype.ChargingProvider;
import org.sleecharging.ratype.ChargingSessionActivity;

/**
 * The bench's SBB: on a start event (a {@code Map} with {@link #KEY}, {@link #USER} and
 * {@link #MODE}) it creates a charging session, attaches to it and reserves; in mode
 * {@link #SCUR} it then debits twice, each on the previous Res, and releases; in mode
 * {@link #HOLD} it keeps the reservation open and stays attached (heap per open session). What happens
 * goes to the driver's sink MBean ({@link #SINK}) with JDK types only, as the SBB lives in a
 * component class loader: through the JDK-typed reporter function the MBean hands out once.
 */
public abstract class BenchSbb implements Sbb {

    public static final String KEY = "key";
    public static final String USER = "user";
    public static final String MODE = "mode";
    public static final String SCUR = "scur";
    public static final String HOLD = "hold";
    public static final String SINK = "org.sleecharging.bench:type=Sink";
    public static final String LINK = "bench";
    static final String ACI_FACTORY = "slee/resources/charging/acifactory";
    static final String PROVIDER = "slee/resources/charging/" + LINK + "/provider";
    private static final ApplicationDescription DESCRIPTION = ApplicationDescription.of("slee-charging bench", "bench");
    private static final MerchantAccount MERCHANT = MerchantAccount.of("slee-charging-bench", 1);
    private static final Money RESERVE = Money.of("EUR", "10.00");
    private static final Money MINIMUM = Money.of("EUR", "1.00");
    private static final Money DEBIT = Money.of("EUR", "0.10");

    private SbbContext context;
    private ChargingActivityContextInterfaceFactory aciFactory;
    private ChargingProvider provider;
    private Consumer<Object[]> reporter;

    public abstract String getKey();

    public abstract void setKey(String key);

    public abstract String getMode();

    public abstract void setMode(String mode);

    public abstract ChargingSessionId getSessionId();

    public abstract void setSessionId(ChargingSessionId id);

    public abstract long getSent();

    public abstract void setSent(long nanos);

    public abstract int getDebits();

    public abstract void setDebits(int debits);

    /** Initial event, one entity per start activity. */
    public void onStart(Map<?, ?> event, ActivityContextInterface aci) {
        setKey((String) event.get(KEY));
        setMode((String) event.get(MODE));
        try {
            ChargingSessionActivity session = provider.createChargingSession(DESCRIPTION.text(), MERCHANT,
                    new Address(AddressPlan.E164, (String) event.get(USER)), CorrelationId.of(1, 0));
            aciFactory.getActivityContextInterface(session).attach(context.getSbbLocalObject());
            setSessionId(session.getSessionId());
            setSent(System.nanoTime());
            session.reserveAmountReq(DESCRIPTION, ChargingParameters.NONE, RESERVE, MINIMUM,
                    session.getNextRequestNumber());
        } catch (ChargingException | javax.slee.UnrecognizedActivityException | javax.slee.FactoryException e) {
            report("failed:" + e, 0);
        }
    }

    public void onReserveAmountRes(ReserveAmountRes event, ActivityContextInterface aci) {
        report("reserve", System.nanoTime() - getSent());
        if (HOLD.equals(getMode())) {
            // Stay attached: an activity no SBB is attached to is unreferenced, and the RA ends it.
            return;
        }
        debit(event);
    }

    /** Debit latency is not reported: the driver has no use for it, and each report is a JMX call. */
    public void onDebitAmountRes(DebitAmountRes event, ActivityContextInterface aci) {
        if (getDebits() < 2) {
            debit(event);
            return;
        }
        try {
            session().release(event.getNextRequestNumber());
            report("done", 0);
        } catch (ChargingException e) {
            report("failed:" + e, 0);
        }
    }

    private void debit(RequestOutcome previous) {
        setDebits(getDebits() + 1);
        setSent(System.nanoTime());
        try {
            session().debitAmountReq(DESCRIPTION, DEBIT, false, previous.getNextRequestNumber());
        } catch (ChargingException e) {
            report("failed:" + e, 0);
        }
    }

    public void onReserveAmountErr(ReserveAmountErr event, ActivityContextInterface aci) {
        report("failed:ReserveAmountErr " + event.getError() + " " + event.getExtraInformation(), 0);
    }

    public void onDebitAmountErr(DebitAmountErr event, ActivityContextInterface aci) {
        report("failed:DebitAmountErr " + event.getError() + " " + event.getExtraInformation(), 0);
    }

    public void onSessionAborted(SessionAborted event, ActivityContextInterface aci) {
        report("failed:SessionAborted", 0);
    }

    public void onSessionEnded(SessionEnded event, ActivityContextInterface aci) {
        report("failed:SessionEnded " + event, 0);
    }

    public void onActivityEndEvent(ActivityEndEvent event, ActivityContextInterface aci) {
        // Nothing to do: the entity goes when its last activity ends.
    }

    private ChargingSessionActivity session() throws ChargingException {
        return provider.getChargingSession(getSessionId());
    }

    private void report(String what, long nanos) {
        reporter.accept(new Object[] {getKey(), what, nanos});
    }

    @Override
    @SuppressWarnings("unchecked")
    public void setSbbContext(SbbContext context) {
        this.context = context;
        try {
            Context env = (Context) new InitialContext().lookup("java:comp/env");
            aciFactory = (ChargingActivityContextInterfaceFactory) env.lookup(ACI_FACTORY);
            provider = (ChargingProvider) env.lookup(PROVIDER);
            reporter = (Consumer<Object[]>) ManagementFactory.getPlatformMBeanServer().getAttribute(new ObjectName(SINK),
                    "Reporter");
        } catch (NamingException | JMException e) {
            throw new IllegalStateException("bench SBB environment incomplete", e);
        }
    }

    @Override
    public void unsetSbbContext() {
        context = null;
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
        report("failed:exception " + exception, 0);
    }

    @Override
    public void sbbRolledBack(RolledBackContext context) {
    }
}
