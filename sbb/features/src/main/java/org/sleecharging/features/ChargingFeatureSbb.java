package org.sleecharging.features;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.slee.ActivityContextInterface;
import javax.slee.ChildRelation;
import javax.slee.CreateException;
import javax.slee.RolledBackContext;
import javax.slee.SLEEException;
import javax.slee.Sbb;
import javax.slee.SbbContext;
import javax.slee.facilities.Tracer;
import javax.slee.nullactivity.NullActivity;
import javax.slee.nullactivity.NullActivityContextInterfaceFactory;
import javax.slee.nullactivity.NullActivityFactory;

import org.sleecharging.manager.ChargingContext;
import org.sleecharging.manager.ChargingManager;

/**
 * What every charged feature SBB does with the charging manager, so that the three examples only
 * show what differs. Copy it along with an example, or fold it into your SBB.
 *
 * <ol>
 * <li>{@link #startCharging(ChargingContext)}: create a NullActivity of the feature's own and
 * attach to it (JSLEE 1.1 §7.10), create the {@code ChargingManagerSbb} child (§6.8, child relation
 * {@link #getChargingManagerRelation()}) and {@code configure} it with whom to charge and that
 * NullActivity's ACI. The manager fires CreditResult, InstructionPending and ChargingInstanceEnded
 * on it, and only this feature entity is attached to it, so no other SBB sees them.</li>
 * <li>Charging state lives in CMP fields ({@link #getChargingManager()}, {@link #getResultActivity()}
 * and the feature's own phase), so it survives passivation and is rolled back with the
 * transaction (§6.5).</li>
 * <li>{@link #endCharging()} once every charging instance is final: remove the manager child and end
 * the NullActivity. With the network activity ended too, the SBB entity tree has no attachment
 * left and the SLEE removes it (§8.6.4), so nothing leaks.</li>
 * </ol>
 *
 * <p>Each subclass is declared in {@code META-INF/sbb-jar.xml} with the CMP fields
 * {@code chargingManager} (with {@code sbb-alias-ref} to the manager) and {@code resultActivity},
 * and the child relation method {@code getChargingManagerRelation}.
 */
public abstract class ChargingFeatureSbb implements Sbb {
    private SbbContext sbbContext;
    private Tracer tracer;
    private NullActivityFactory nullActivities;
    private NullActivityContextInterfaceFactory nullActivityContexts;

    // CMP fields (JSLEE 1.1 §6.5).

    public abstract ChargingManager getChargingManager();

    public abstract void setChargingManager(ChargingManager manager);

    public abstract ActivityContextInterface getResultActivity();

    public abstract void setResultActivity(ActivityContextInterface activity);

    // Child relation (JSLEE 1.1 §6.8) to ChargingManagerSbb.

    public abstract ChildRelation getChargingManagerRelation();

    // Lifecycle (JSLEE 1.1 §6.2): resources are looked up once per SBB object.

    @Override
    public void setSbbContext(SbbContext context) {
        this.sbbContext = context;
        this.tracer = context.getTracer(getClass().getSimpleName());
        try {
            InitialContext naming = new InitialContext();
            nullActivities = (NullActivityFactory) naming.lookup(NullActivityFactory.JNDI_NAME);
            nullActivityContexts = (NullActivityContextInterfaceFactory) naming
                    .lookup(NullActivityContextInterfaceFactory.JNDI_NAME);
        } catch (NamingException e) {
            throw new SLEEException(getClass().getSimpleName() + " cannot find its resources in JNDI: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void unsetSbbContext() {
        this.sbbContext = null;
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
    public void sbbExceptionThrown(Exception exception, Object event, ActivityContextInterface activity) {
        tracer.severe("exception handling " + event + "; the transaction is rolled back", exception);
    }

    @Override
    public void sbbRolledBack(RolledBackContext context) {
        tracer.warning("transaction rolled back for " + context.getEvent());
    }

    // What every feature does with the charging manager.

    /**
     * Creates the manager child and the NullActivity its results arrive on, attaches this entity to
     * it and configures the manager. Call once, in the initial event's handler.
     */
    protected final ChargingManager startCharging(ChargingContext context) {
        NullActivity results = nullActivities.createNullActivity();
        ActivityContextInterface aci = nullActivityContexts.getActivityContextInterface(results);
        aci.attach(sbbContext.getSbbLocalObject());
        ChargingManager manager;
        try {
            manager = (ChargingManager) getChargingManagerRelation().create();
        } catch (CreateException e) {
            throw new SLEEException("cannot create the charging manager child SBB: " + e.getMessage(), e);
        }
        manager.configure(context, aci);
        setChargingManager(manager);
        setResultActivity(aci);
        return manager;
    }

    /** The manager created by {@link #startCharging}; IllegalStateException before. */
    protected final ChargingManager chargingManager() {
        ChargingManager manager = getChargingManager();
        if (manager == null) {
            throw new IllegalStateException(getClass().getSimpleName() + ": charging not started");
        }
        return manager;
    }

    /**
     * Removes the manager child (its {@code sbbRemove} releases any charging session still open)
     * and ends the results NullActivity. Call when every charging instance is final.
     */
    protected final void endCharging() {
        ChargingManager manager = getChargingManager();
        if (manager != null) {
            manager.remove();
            setChargingManager(null);
        }
        ActivityContextInterface results = getResultActivity();
        if (results != null) {
            results.detach(sbbContext.getSbbLocalObject());
            ((NullActivity) results.getActivity()).endActivity();
            setResultActivity(null);
        }
    }

    protected final Tracer tracer() {
        return tracer;
    }
}
