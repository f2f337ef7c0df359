package org.sleecharging.features.content;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The content requests of one data session, by content id: each one's phase and size. Immutable
 * and Serializable, kept in a CMP field; every change returns a new book.
 */
public final class ContentBook implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final ContentBook EMPTY = new ContentBook(new LinkedHashMap<String, Entry>(), false);

    private static final String INSTANCE_PREFIX = "content:";

    private final LinkedHashMap<String, Entry> entries;
    private final boolean sessionEnded;

    private ContentBook(LinkedHashMap<String, Entry> entries, boolean sessionEnded) {
        this.entries = entries;
        this.sessionEnded = sessionEnded;
    }

    /** The charging instance name of a content id. */
    public static String instanceName(String contentId) {
        return INSTANCE_PREFIX + contentId;
    }

    /** The content id of a charging instance name; null if the name is not a content instance's. */
    public static String contentId(String instanceName) {
        return instanceName.startsWith(INSTANCE_PREFIX) ? instanceName.substring(INSTANCE_PREFIX.length()) : null;
    }

    /** A new content in phase {@link ContentPhase#NEW}; IllegalArgumentException if already requested. */
    public ContentBook request(String contentId, long octets) {
        if (entries.containsKey(Objects.requireNonNull(contentId, "contentId"))) {
            throw new IllegalArgumentException("content " + contentId + " already requested on this session");
        }
        LinkedHashMap<String, Entry> copy = new LinkedHashMap<String, Entry>(entries);
        copy.put(contentId, new Entry(ContentPhase.NEW, octets));
        return new ContentBook(copy, sessionEnded);
    }

    /** The entry of a content; IllegalArgumentException if it was never requested. */
    public Entry get(String contentId) {
        Entry entry = entries.get(contentId);
        if (entry == null) {
            throw new IllegalArgumentException("content " + contentId + " was not requested on this session");
        }
        return entry;
    }

    public boolean contains(String contentId) {
        return entries.containsKey(contentId);
    }

    public ContentBook withPhase(String contentId, ContentPhase phase) {
        LinkedHashMap<String, Entry> copy = new LinkedHashMap<String, Entry>(entries);
        copy.put(contentId, new Entry(phase, get(contentId).octets()));
        return new ContentBook(copy, sessionEnded);
    }

    public ContentBook withSessionEnded() {
        return new ContentBook(entries, true);
    }

    public boolean isSessionEnded() {
        return sessionEnded;
    }

    /** Content ids in request order. */
    public Iterable<String> contentIds() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    /** The session ended and every content is done: charging of the session is over. */
    public boolean isSettled() {
        if (!sessionEnded) {
            return false;
        }
        for (Entry entry : entries.values()) {
            if (!entry.phase().isDone()) {
                return false;
            }
        }
        return true;
    }

    public Map<String, Entry> asMap() {
        return Collections.unmodifiableMap(entries);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ContentBook)) {
            return false;
        }
        ContentBook b = (ContentBook) o;
        return entries.equals(b.entries) && sessionEnded == b.sessionEnded;
    }

    @Override
    public int hashCode() {
        return 31 * entries.hashCode() + (sessionEnded ? 1 : 0);
    }

    @Override
    public String toString() {
        return "ContentBook" + entries + (sessionEnded ? " (session ended)" : "");
    }

    /** One content: its phase and size in octets. */
    public static final class Entry implements Serializable {
        private static final long serialVersionUID = 1L;

        private final ContentPhase phase;
        private final long octets;

        Entry(ContentPhase phase, long octets) {
            this.phase = Objects.requireNonNull(phase, "phase");
            if (octets < 1) {
                throw new IllegalArgumentException("content size " + octets + " is not positive");
            }
            this.octets = octets;
        }

        public ContentPhase phase() {
            return phase;
        }

        public long octets() {
            return octets;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry && phase == ((Entry) o).phase && octets == ((Entry) o).octets;
        }

        @Override
        public int hashCode() {
            return 31 * phase.hashCode() + Long.hashCode(octets);
        }

        @Override
        public String toString() {
            return phase + "/" + octets;
        }
    }
}
