package org.sleecharging.manager.sbb;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import javax.slee.facilities.TimerID;

import org.sleecharging.manager.internal.DeadlineKind;

/** The deadline timers set for the manager's instances, kept in a CMP field. Immutable. */
public final class TimerBook implements Serializable {
    private static final long serialVersionUID = 1L;

    static final TimerBook EMPTY = new TimerBook(Collections.<Entry>emptyList());

    private final List<Entry> entries;

    private TimerBook(List<Entry> entries) {
        this.entries = entries;
    }

    /** Null if no timer is set for this instance and kind. */
    Entry find(String instance, DeadlineKind kind) {
        for (Entry e : entries) {
            if (e.instance.equals(instance) && e.kind == kind) {
                return e;
            }
        }
        return null;
    }

    /** Null if the timer is not (or no longer) in the book. */
    Entry find(TimerID timer) {
        for (Entry e : entries) {
            if (e.timer.equals(timer)) {
                return e;
            }
        }
        return null;
    }

    TimerBook with(Entry entry) {
        List<Entry> copy = new ArrayList<Entry>(entries);
        copy.add(entry);
        return new TimerBook(Collections.unmodifiableList(copy));
    }

    TimerBook without(Entry entry) {
        List<Entry> copy = new ArrayList<Entry>(entries);
        copy.remove(entry);
        return new TimerBook(Collections.unmodifiableList(copy));
    }

    List<Entry> entries() {
        return entries;
    }

    /** One timer: which instance's deadline of which kind, due when. */
    static final class Entry implements Serializable {
        private static final long serialVersionUID = 1L;

        final TimerID timer;
        final String instance;
        final DeadlineKind kind;
        final long deadline;

        Entry(TimerID timer, String instance, DeadlineKind kind, long deadline) {
            this.timer = Objects.requireNonNull(timer, "timer");
            this.instance = Objects.requireNonNull(instance, "instance");
            this.kind = Objects.requireNonNull(kind, "kind");
            this.deadline = deadline;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Entry)) {
                return false;
            }
            Entry e = (Entry) o;
            return timer.equals(e.timer) && instance.equals(e.instance) && kind == e.kind && deadline == e.deadline;
        }

        @Override
        public int hashCode() {
            return Objects.hash(timer, instance, kind, deadline);
        }
    }
}
