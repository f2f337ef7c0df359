package org.sleecharging.netsim;

import javax.slee.Address;
import org.sleecharging.netsim.event.NetworkActivityId;

/**
 * A simulated message, the activity of the message events. The SBB answers {@code
 * MessageSubmitted} with {@link #accept()} or {@link #reject(Cause)}; a rejected message ends at
 * once, an accepted one when the network reports delivery or failure.
 */
public interface MessageActivity {

  NetworkActivityId getId();

  /** The charged subscriber. */
  Address getOriginator();

  Address getRecipient();

  int getSegments();

  MessageState getState();

  /**
   * Accepts the message for delivery.
   *
   * @throws IllegalNetworkTransitionException unless {@link MessageState#SUBMITTED}
   */
  void accept();

  /**
   * Rejects the message; the activity ends.
   *
   * @throws IllegalNetworkTransitionException unless {@link MessageState#SUBMITTED}
   */
  void reject(Cause cause);
}
