package org.sleecharging.ra.fake;

import java.util.Timer;

import javax.slee.ServiceID;
import javax.slee.facilities.AlarmFacility;
import javax.slee.facilities.EventLookupFacility;
import javax.slee.facilities.ServiceLookupFacility;
import javax.slee.facilities.Tracer;
import javax.slee.profile.ProfileTable;
import javax.slee.resource.ResourceAdaptorContext;
import javax.slee.resource.ResourceAdaptorID;
import javax.slee.resource.ResourceAdaptorTypeID;
import javax.slee.resource.SleeEndpoint;
import javax.slee.transaction.SleeTransactionManager;

/** A ResourceAdaptorContext of recording fakes (STYLE.md lesson 8). */
public final class FakeRaContext implements ResourceAdaptorContext {

    public static final String VENDOR = "org.sleecharging";
    public static final String VERSION = "1.0";

    private final String entityName;
    public final FakeTransactions transactions = new FakeTransactions();
    public final RecordingSleeEndpoint endpoint = new RecordingSleeEndpoint(transactions);
    public final FakeEventLookup events = new FakeEventLookup();
    public final RecordingAlarmFacility alarms = new RecordingAlarmFacility();
    public final RecordingUsage usage = new RecordingUsage();
    private final SleeTransactionManager transactionManager = transactions.manager();
    private final Object usageSet = usage.proxy();
    public volatile RecordingTracer tracer;

    /** A context whose SLEE knows every event type the RA type declares. */
    public FakeRaContext(String entityName, Iterable<String> eventSimpleNames) {
        this.entityName = entityName;
        for (String name : eventSimpleNames) {
            events.install(name, VENDOR, VERSION);
        }
    }

    @Override
    public ResourceAdaptorID getResourceAdaptor() {
        return new ResourceAdaptorID("ChargingResourceAdaptor", VENDOR, VERSION);
    }

    @Override
    public ResourceAdaptorTypeID[] getResourceAdaptorTypes() {
        return new ResourceAdaptorTypeID[] {new ResourceAdaptorTypeID("ChargingResourceAdaptorType", VENDOR, VERSION)};
    }

    @Override
    public String getEntityName() {
        return entityName;
    }

    @Override
    public SleeEndpoint getSleeEndpoint() {
        return endpoint;
    }

    @Override
    public AlarmFacility getAlarmFacility() {
        return alarms;
    }

    @Override
    public synchronized Tracer getTracer(String name) {
        if (tracer == null) {
            tracer = new RecordingTracer(name);
        }
        return tracer;
    }

    @Override
    public EventLookupFacility getEventLookupFacility() {
        return events;
    }

    @Override
    public ServiceLookupFacility getServiceLookupFacility() {
        throw new UnsupportedOperationException("the charging RA looks up no services");
    }

    @Override
    public SleeTransactionManager getSleeTransactionManager() {
        return transactionManager;
    }

    @Override
    public Timer getTimer() {
        throw new UnsupportedOperationException("the charging RA uses its own scheduler");
    }

    @Override
    public ProfileTable getProfileTable(String name) {
        throw new UnsupportedOperationException("the charging RA uses no profiles");
    }

    @Override
    public Object getDefaultUsageParameterSet() {
        return usageSet;
    }

    @Override
    public Object getUsageParameterSet(String name) {
        throw new UnsupportedOperationException("the charging RA uses only its default usage parameter set");
    }

    @Override
    public ServiceID getInvokingService() {
        return null;
    }
}
