package org.sleecharging.netsim;

import javax.slee.Address;
import org.sleecharging.netsim.event.NetworkActivityId;

/**
 * A simulated call, the activity of the call events. The SBB answers a {@code CallAttempt} with
 * {@link #connect()} or {@link #release(Cause)} and may release the call at any time, e.g. when
 * credit is exhausted; the simulator records what it did for tests.
 */
public interface CallActivity {

  NetworkActivityId getId();

  /** The charged subscriber. */
  Address getCallingParty();

  Address getCalledParty();

  CallState getState();

  /**
   * Lets the attempt proceed: the called party is alerted.
   *
   * @throws IllegalNetworkTransitionException unless the call is {@link CallState#ATTEMPTED}
   */
  void connect();

  /**
   * Releases the call; the activity ends.
   *
   * @throws IllegalNetworkTransitionException when the call has ended already
   */
  void release(Cause cause);
}
