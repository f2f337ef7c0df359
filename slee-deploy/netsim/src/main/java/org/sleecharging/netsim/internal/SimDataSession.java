package org.sleecharging.netsim.internal;

import java.util.HashMap;
import java.util.Map;
import javax.slee.Address;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.ContentState;
import org.sleecharging.netsim.ContentState.Step;
import org.sleecharging.netsim.DataSessionActivity;
import org.sleecharging.netsim.IllegalNetworkTransitionException;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.ContentDelivered;
import org.sleecharging.netsim.event.ContentDeliveryFailed;
import org.sleecharging.netsim.event.ContentRequested;
import org.sleecharging.netsim.event.DataSessionEnded;
import org.sleecharging.netsim.event.DataSessionStarted;
import org.sleecharging.netsim.event.DataUsage;
import org.sleecharging.netsim.event.NetworkActivityId;

/**
 * A simulated data session: live until the network ends it or the SBB terminates it; each content
 * request has its own {@link ContentState}. Steps on an ended session throw.
 */
final class SimDataSession extends SimActivity implements DataSessionActivity {

  /** Whole-session steps, for the exception of a step on an ended session. */
  enum SessionStep {
    REQUEST_CONTENT,
    CONTENT,
    USAGE,
    END,
    TERMINATE
  }

  /** Whole-session states. */
  enum SessionState {
    ACTIVE,
    ENDED
  }

  private final String accessPoint;
  private final Map<String, ContentState> contents = new HashMap<>();
  private SessionState state = SessionState.ACTIVE;

  SimDataSession(NetworkActivityId id, Address subscriber, String accessPoint,
      SimNetwork network) {
    super(id, subscriber, network);
    this.accessPoint = accessPoint;
  }

  @Override
  public Address getSubscriber() {
    return subscriber();
  }

  @Override
  public String getAccessPoint() {
    return accessPoint;
  }

  @Override
  public synchronized boolean isEnded() {
    return state == SessionState.ENDED;
  }

  @Override
  public synchronized ContentState getContentState(String contentId) {
    ContentState s = contents.get(contentId);
    if (s == null) {
      throw new IllegalArgumentException("no content " + contentId + " requested on " + getId());
    }
    return s;
  }

  @Override
  public void allowContent(String contentId) {
    contentStep(contentId, Step.ALLOW);
    record(new SbbAction(ActionKind.CONTENT_ALLOWED, getId(), Cause.NORMAL, contentId));
  }

  @Override
  public void denyContent(String contentId, Cause cause) {
    if (cause == null) {
      throw new NullPointerException("cause");
    }
    contentStep(contentId, Step.DENY);
    record(new SbbAction(ActionKind.CONTENT_DENIED, getId(), cause, contentId));
  }

  @Override
  public void terminate(Cause cause) {
    if (cause == null) {
      throw new NullPointerException("cause");
    }
    endSession(SessionStep.TERMINATE);
    record(new SbbAction(ActionKind.DATA_SESSION_TERMINATED, getId(), cause, ""));
    end();
  }

  void started() {
    fire(new DataSessionStarted(getId(), subscriber(), accessPoint));
  }

  void requestContent(String contentId, long octets) {
    ContentRequested event = new ContentRequested(getId(), contentId, octets);
    synchronized (this) {
      requireActive(SessionStep.REQUEST_CONTENT);
      if (contents.containsKey(contentId)) {
        throw new IllegalArgumentException(contentId + " already requested on " + getId());
      }
      contents.put(contentId, ContentState.REQUESTED);
    }
    fire(event);
  }

  void delivered(String contentId, long octets) {
    ContentDelivered event = new ContentDelivered(getId(), contentId, octets);
    contentStep(contentId, Step.DELIVER);
    fire(event);
  }

  void deliveryFailed(String contentId, String reason) {
    ContentDeliveryFailed event = new ContentDeliveryFailed(getId(), contentId, reason);
    contentStep(contentId, Step.FAIL);
    fire(event);
  }

  void usage(long octets) {
    DataUsage event = new DataUsage(getId(), octets);
    synchronized (this) {
      requireActive(SessionStep.USAGE);
    }
    fire(event);
  }

  void endedByNetwork() {
    endSession(SessionStep.END);
    fire(new DataSessionEnded(getId()));
    end();
  }

  private synchronized void endSession(SessionStep step) {
    requireActive(step);
    state = SessionState.ENDED;
  }

  private void requireActive(SessionStep step) {
    if (state != SessionState.ACTIVE) {
      throw new IllegalNetworkTransitionException(getId(), state, step);
    }
  }

  private synchronized void contentStep(String contentId, Step step) {
    requireActive(SessionStep.CONTENT);
    ContentState current = getContentState(contentId);
    ContentState next = current.next(step);
    if (next == null) {
      throw new IllegalNetworkTransitionException(getId(), current, step);
    }
    contents.put(contentId, next);
  }
}
