package org.sleecharging.netsim;

import javax.slee.Address;
import org.sleecharging.netsim.event.NetworkActivityId;

/**
 * A simulated data session, the activity of the data and content events. The SBB answers each
 * {@code ContentRequested} with {@link #allowContent(String)} or {@link #denyContent(String,
 * Cause)} and may terminate the session.
 */
public interface DataSessionActivity {

  NetworkActivityId getId();

  Address getSubscriber();

  String getAccessPoint();

  /** Whether the session has ended (detach or termination). */
  boolean isEnded();

  /**
   * The state of a content request of this session.
   *
   * @throws IllegalArgumentException when no such content was requested on this session
   */
  ContentState getContentState(String contentId);

  /**
   * Lets requested content be delivered.
   *
   * @throws IllegalNetworkTransitionException unless the content is requested
   */
  void allowContent(String contentId);

  /**
   * Refuses requested content.
   *
   * @throws IllegalNetworkTransitionException unless the content is requested
   */
  void denyContent(String contentId, Cause cause);

  /** Tears the data session down; the activity ends. */
  void terminate(Cause cause);
}
