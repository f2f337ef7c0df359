package org.sleecharging.ra.engine.ro;

import java.util.concurrent.CompletionStage;

/**
 * The engine's view of the Ro client (implemented over jDiameter by the RA). Implementations must
 * not block the caller and must complete every returned stage exactly once: with the answer, or
 * exceptionally with {@link RoTransportException} when no answer can come (peer down, send
 * failure). The engine runs its own Tx timer (RFC 4006 §13) and ignores completions after it
 * fired, because jDiameter's client Tx timer setting is not honoured (DESIGN.md).
 */
public interface RoClientPort {

    /** A new network-unique Ro Session-Id (RFC 6733 §8.8) for a user's first CCR-INITIAL or EVENT. */
    String newSessionId();

    /**
     * Sends the CCR. For an INITIAL or EVENT request with a Session-Id the port has not seen (also
     * after a session was recreated on this node), the port creates the client session with that id.
     */
    CompletionStage<RoAnswer> send(RoRequest request);
}
