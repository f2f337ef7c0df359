package org.sleecharging.ra.fake;

import java.util.HashMap;
import java.util.Map;

import javax.slee.EventTypeID;
import javax.slee.UnrecognizedEventException;
import javax.slee.facilities.EventLookupFacility;
import javax.slee.resource.FireableEventType;

/** Knows the event types the test installs: name org.sleecharging.charging.X ↔ class org.sleecharging.events.X. */
public final class FakeEventLookup implements EventLookupFacility {

    public record Type(EventTypeID getEventType, String getEventClassName) implements FireableEventType {
        @Override
        public ClassLoader getEventClassLoader() {
            return Type.class.getClassLoader();
        }
    }

    private final Map<EventTypeID, Type> installed = new HashMap<>();

    /** Installs a charging event type, as deploying the events jar would. */
    public void install(String simpleName, String vendor, String version) {
        EventTypeID id = new EventTypeID("org.sleecharging.charging." + simpleName, vendor, version);
        installed.put(id, new Type(id, "org.sleecharging.events." + simpleName));
    }

    public void uninstall(String simpleName, String vendor, String version) {
        installed.remove(new EventTypeID("org.sleecharging.charging." + simpleName, vendor, version));
    }

    @Override
    public FireableEventType getFireableEventType(EventTypeID id) throws UnrecognizedEventException {
        Type type = installed.get(id);
        if (type == null) {
            throw new UnrecognizedEventException("event type " + id + " is not installed");
        }
        return type;
    }
}
