package org.sleecharging.ra.engine.ro;

/**
 * What the Ro client reports that was not asked for: OCS-initiated requests (answered by the
 * client itself before this is called) and peer connection changes. Called on the client's
 * threads; implementations must not block.
 */
public interface RoNetworkListener {

    /** The OCS sent a Re-Auth-Request for this Ro session (RFC 4006 §5.5); the RAA was sent with 2001. */
    void reauthRequested(String roSessionId);

    /** The OCS sent an Abort-Session-Request (RFC 4006 §5.5, RFC 6733 §8.5); the ASA was sent, the session is gone. */
    void sessionAborted(String roSessionId);

    /** The connection to a configured OCS peer went up (true) or down (false). */
    void peerStateChanged(Route peer, boolean up);
}
