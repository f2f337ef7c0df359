package org.sleecharging.manager.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

import org.sleecharging.events.value.ChargingSessionId;

/** The records of one manager by instance name, in creation order. Immutable: changes return a new table. */
public final class InstanceTable implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final InstanceTable EMPTY = new InstanceTable(new LinkedHashMap<String, InstanceRecord>());

    private final LinkedHashMap<String, InstanceRecord> records;

    private InstanceTable(LinkedHashMap<String, InstanceRecord> records) {
        this.records = records;
    }

    public boolean contains(String name) {
        return records.containsKey(name);
    }

    /** Null if there is no such instance. */
    public InstanceRecord get(String name) {
        return records.get(name);
    }

    /** The instance using this charging session; null if none. */
    public InstanceRecord bySession(ChargingSessionId sessionId) {
        for (InstanceRecord record : records.values()) {
            if (sessionId.equals(record.sessionId)) {
                return record;
            }
        }
        return null;
    }

    /** Adds or replaces the record of that name. */
    public InstanceTable with(InstanceRecord record) {
        LinkedHashMap<String, InstanceRecord> copy = new LinkedHashMap<String, InstanceRecord>(records);
        copy.put(record.name, record);
        return new InstanceTable(copy);
    }

    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<String>(records.keySet()));
    }

    public List<InstanceRecord> records() {
        return Collections.unmodifiableList(new ArrayList<InstanceRecord>(records.values()));
    }

    public int size() {
        return records.size();
    }
}
