package org.sleecharging.ra.internal.slee;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.slee.EventTypeID;
import javax.slee.UnrecognizedEventException;
import javax.slee.facilities.EventLookupFacility;
import javax.slee.resource.FireableEventType;

/**
 * The fireable event types of every event the RA fires (events module, event type names
 * {@code org.sleecharging.charging.<ClassSimpleName>}), looked up once through the
 * EventLookupFacility (JSLEE 1.1 §15.13) when the entity activates.
 */
final class EventTypes {

    static final String NAME_PREFIX = "org.sleecharging.charging.";

    /** Every event the RA type declares (resource-adaptor-type-jar.xml), by simple class name. */
    static final List<String> NAMES = Collections.unmodifiableList(Arrays.asList(
            "ReserveAmountRes", "ReserveAmountErr", "ReserveUnitRes", "ReserveUnitErr",
            "DebitAmountRes", "DebitAmountErr", "DebitUnitRes", "DebitUnitErr",
            "CreditAmountRes", "CreditAmountErr", "CreditUnitRes", "CreditUnitErr",
            "DirectDebitAmountRes", "DirectDebitAmountErr", "DirectDebitUnitRes", "DirectDebitUnitErr",
            "DirectCreditAmountRes", "DirectCreditAmountErr", "DirectCreditUnitRes", "DirectCreditUnitErr",
            "ExtendLifeTimeRes", "ExtendLifeTimeErr", "RateRes", "RateErr",
            "SessionEnded", "SessionAborted", "ReauthRequest"));

    private final Map<String, FireableEventType> bySimpleName;
    /** What {@link #of} found per event class: it runs for every event fired. */
    private final ConcurrentMap<Class<?>, FireableEventType> byClass = new ConcurrentHashMap<Class<?>, FireableEventType>();

    private EventTypes(Map<String, FireableEventType> bySimpleName) {
        this.bySimpleName = bySimpleName;
    }

    /** Throws IllegalStateException naming the first event type the SLEE does not know. */
    static EventTypes lookUp(EventLookupFacility lookup) {
        String[] component = component();
        Map<String, FireableEventType> types = new HashMap<String, FireableEventType>();
        for (String name : NAMES) {
            EventTypeID id = new EventTypeID(NAME_PREFIX + name, component[0], component[1]);
            try {
                types.put(name, lookup.getFireableEventType(id));
            } catch (UnrecognizedEventException e) {
                throw new IllegalStateException("event type " + id + " is not installed: deploy the events jar first", e);
            }
        }
        return new EventTypes(types);
    }

    /** The type to fire this event as; IllegalArgumentException for a class the RA type does not declare. */
    FireableEventType of(Object event) {
        Class<?> type = event.getClass();
        FireableEventType known = byClass.get(type);
        if (known == null) {
            known = resolve(type);
            byClass.putIfAbsent(type, known);
        }
        return known;
    }

    private FireableEventType resolve(Class<?> eventClass) {
        FireableEventType type = bySimpleName.get(eventClass.getSimpleName());
        if (type == null || !eventClass.getName().equals("org.sleecharging.events." + eventClass.getSimpleName())) {
            throw new IllegalArgumentException("event class " + eventClass.getName() + " is no charging event type");
        }
        return type;
    }

    /** Vendor and version, filtered from the POM into components.properties. */
    static String[] component() {
        Properties p = new Properties();
        InputStream in = EventTypes.class.getResourceAsStream("components.properties");
        if (in == null) {
            throw new IllegalStateException("components.properties is missing from the RA jar");
        }
        try {
            try {
                p.load(in);
            } finally {
                in.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read components.properties of the RA jar", e);
        }
        return new String[] {p.getProperty("vendor"), p.getProperty("version")};
    }
}
