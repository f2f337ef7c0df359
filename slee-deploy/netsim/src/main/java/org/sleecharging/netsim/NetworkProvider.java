package org.sleecharging.netsim;

import org.sleecharging.netsim.event.NetworkActivityId;

/**
 * The SBB interface of the simulator RA type, bound in JNDI under the SBB's
 * resource-adaptor-object-name. Most SBBs only need the activity of the event they receive; this
 * finds a live activity by id.
 */
public interface NetworkProvider {

  /**
   * The live activity with this id: a {@link CallActivity}, {@link DataSessionActivity} or {@link
   * MessageActivity} according to {@link NetworkActivityId#kind()}.
   *
   * @throws IllegalArgumentException when no such activity is live
   */
  Object getActivity(NetworkActivityId id);
}
