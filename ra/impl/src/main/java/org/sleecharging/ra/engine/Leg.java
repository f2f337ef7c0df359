package org.sleecharging.ra.engine;

import java.io.Serializable;

import org.sleecharging.ra.engine.ro.ChargedUser;

/**
 * One charged user's Ro session (one per user of a split session): its Session-Id and the next
 * CC-Request-Number (RFC 4006 §8.2), so a recreated session continues both. Immutable.
 */
public final class Leg implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ChargedUser user;
    private final String roSessionId;
    private final long nextCcRequestNumber;

    private Leg(ChargedUser user, String roSessionId, long nextCcRequestNumber) {
        this.user = user;
        this.roSessionId = roSessionId;
        this.nextCcRequestNumber = nextCcRequestNumber;
    }

    static Leg closed(ChargedUser user) {
        return new Leg(user, null, 0);
    }

    public ChargedUser user() {
        return user;
    }

    /** Null while no Ro session is open for this user. */
    public String roSessionId() {
        return roSessionId;
    }

    public boolean isOpen() {
        return roSessionId != null;
    }

    public long nextCcRequestNumber() {
        return nextCcRequestNumber;
    }

    Leg opened(String sessionId) {
        return new Leg(user, sessionId, 1);
    }

    Leg advanced() {
        return new Leg(user, roSessionId, nextCcRequestNumber + 1);
    }

    Leg closed() {
        return closed(user);
    }

    @Override
    public String toString() {
        return user + (roSessionId == null ? " (no Ro session)" : " " + roSessionId + " #" + nextCcRequestNumber);
    }
}
