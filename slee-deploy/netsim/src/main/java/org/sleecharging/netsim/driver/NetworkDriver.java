package org.sleecharging.netsim.driver;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.slee.Address;
import org.sleecharging.netsim.event.CallParty;
import org.sleecharging.netsim.event.NetworkActivityId;

/**
 * The network side of the simulator, for the launcher and tests: creates activities, fires their
 * events and observes what SBBs did. Get one with {@link NetworkDrivers#of(Object)} from the RA
 * object of a simulator entity. Events are delivered asynchronously by the SLEE; each method
 * returns once the event is handed to it. Steps the activity's state does not allow throw {@link
 * org.sleecharging.netsim.IllegalNetworkTransitionException} and fire nothing.
 */
public interface NetworkDriver {

  /** Starts a call activity and fires {@code CallAttempt}. */
  NetworkActivityId startCall(Address callingParty, Address calledParty);

  void answer(NetworkActivityId call);

  /** Fires {@code CallUsage} with the talk time since the previous report. */
  void reportCallUsage(NetworkActivityId call, Duration elapsed);

  void hold(NetworkActivityId call);

  void resume(NetworkActivityId call);

  /** Fires {@code CallHungUp}, then ends the call activity. */
  void hangUp(NetworkActivityId call, CallParty party);

  /** Starts a data session activity and fires {@code DataSessionStarted}. */
  NetworkActivityId startDataSession(Address subscriber, String accessPoint);

  void requestContent(NetworkActivityId session, String contentId, long octets);

  void contentDelivered(NetworkActivityId session, String contentId, long octets);

  void contentDeliveryFailed(NetworkActivityId session, String contentId, String reason);

  void reportDataUsage(NetworkActivityId session, long octets);

  /** Fires {@code DataSessionEnded}, then ends the data session activity. */
  void endDataSession(NetworkActivityId session);

  /** Starts a message activity and fires {@code MessageSubmitted}. */
  NetworkActivityId submitMessage(Address originator, Address recipient, int segments);

  /** Fires {@code MessageDelivered}, then ends the message activity. */
  void messageDelivered(NetworkActivityId message);

  /** Fires {@code MessageDeliveryFailed}, then ends the message activity. */
  void messageDeliveryFailed(NetworkActivityId message, String reason);

  /**
   * The oldest action of an SBB on this activity not taken yet; completes when there is one.
   * Each action is taken once, so a scenario can take them in order without racing the SBB.
   */
  CompletableFuture<SbbAction> takeAction(NetworkActivityId activity);

  /** Completes when the activity has ended in the SLEE (immediately if it has). */
  CompletableFuture<NetworkActivityId> whenEnded(NetworkActivityId activity);

  /** Every action recorded since the entity was activated, oldest first. */
  List<SbbAction> actions();

  /** Activities started and not yet ended. */
  Set<NetworkActivityId> liveActivities();
}
