package org.sleecharging.ra.internal.slee;

import javax.slee.facilities.EventLookupFacility;
import javax.slee.facilities.Tracer;
import javax.slee.resource.ResourceAdaptorContext;
import javax.slee.resource.SleeEndpoint;
import javax.slee.transaction.SleeTransactionManager;
import javax.slee.usage.NoUsageParametersInterfaceDefinedException;

import org.sleecharging.ra.ChargingRaUsageParameters;

/** What the RA uses of its ResourceAdaptorContext (JSLEE 1.1 §15.10), taken once when the context is set. */
public final class SleeFacilities {

    /** Name of the RA's tracer (JSLEE 1.1 §13.2). */
    public static final String TRACER_NAME = "charging";

    final String entityName;
    final SleeEndpoint endpoint;
    final SleeTransactionManager transactions;
    final EventLookupFacility eventLookup;
    final Tracer tracer;
    final Alarms alarms;
    final UsageRecorder usage;

    private SleeFacilities(ResourceAdaptorContext context, UsageRecorder usage) {
        this.entityName = context.getEntityName();
        this.endpoint = context.getSleeEndpoint();
        this.transactions = context.getSleeTransactionManager();
        this.eventLookup = context.getEventLookupFacility();
        this.tracer = context.getTracer(TRACER_NAME);
        this.alarms = new Alarms(context.getAlarmFacility());
        this.usage = usage;
    }

    public static SleeFacilities of(ResourceAdaptorContext context) {
        return new SleeFacilities(context, usage(context));
    }

    public Tracer tracer() {
        return tracer;
    }

    public String entityName() {
        return entityName;
    }

    private static UsageRecorder usage(ResourceAdaptorContext context) {
        try {
            return new UsageRecorder((ChargingRaUsageParameters) context.getDefaultUsageParameterSet());
        } catch (NoUsageParametersInterfaceDefinedException e) {
            // The descriptor declares the interface; a SLEE that ignores it simply gets no usage figures.
            return UsageRecorder.none();
        }
    }
}
