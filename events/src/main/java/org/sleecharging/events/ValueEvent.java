package org.sleecharging.events;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Base of every event class: immutable, {@link Serializable}, equal by class and field values.
 * Subclasses list their fields once in {@link #describe(Fields)}; equals, hashCode and toString
 * are derived from that list so they cannot drift apart.
 */
public abstract class ValueEvent implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Collects a subclass's fields in declaration order. */
    protected static final class Fields {
        private final List<String> names = new ArrayList<String>();
        private final List<Object> values = new ArrayList<Object>();

        public Fields add(String name, Object value) {
            names.add(name);
            values.add(value);
            return this;
        }
    }

    protected abstract void describe(Fields fields);

    private Fields fields() {
        Fields fields = new Fields();
        describe(fields);
        return fields;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && fields().values.equals(((ValueEvent) o).fields().values);
    }

    @Override
    public final int hashCode() {
        return 31 * getClass().getName().hashCode() + fields().values.hashCode();
    }

    @Override
    public final String toString() {
        Fields fields = fields();
        StringBuilder text = new StringBuilder(getClass().getSimpleName()).append('[');
        for (int i = 0; i < fields.names.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(fields.names.get(i)).append('=').append(fields.values.get(i));
        }
        return text.append(']').toString();
    }

    protected static <T> T require(T value, String name) {
        return Objects.requireNonNull(value, name);
    }
}
