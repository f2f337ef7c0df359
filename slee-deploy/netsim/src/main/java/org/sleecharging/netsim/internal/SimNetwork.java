package org.sleecharging.netsim.internal;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.slee.Address;
import org.sleecharging.netsim.NetworkProvider;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.ActivityKind;
import org.sleecharging.netsim.event.CallParty;
import org.sleecharging.netsim.event.NetworkActivityId;

/**
 * The simulated network: live activities by id, the driver operations on them, and the record of
 * what SBBs did. SBB actions are recorded when the SBB calls them, outside the SLEE transaction:
 * an action in a transaction that later rolls back stays recorded.
 */
final class SimNetwork implements NetworkDriver, NetworkProvider {
  private final NetworkPort port;
  private final ActionLog actions = new ActionLog();
  private final ConcurrentMap<NetworkActivityId, SimActivity> live = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();

  SimNetwork(NetworkPort port) {
    this.port = port;
  }

  NetworkPort port() {
    return port;
  }

  ActionLog actionLog() {
    return actions;
  }

  SimActivity live(NetworkActivityId id) {
    return live.get(id);
  }

  /** The SLEE ended the activity (after hang-up, release, delivery, or administratively). */
  void ended(NetworkActivityId id) {
    live.remove(id);
    actions.ended(id);
  }

  @Override
  public NetworkActivityId startCall(Address callingParty, Address calledParty) {
    SimCall call = start(new SimCall(next(ActivityKind.CALL), required(callingParty),
        required(calledParty), this));
    call.attempt();
    return call.getId();
  }

  @Override
  public void answer(NetworkActivityId call) {
    find(call, SimCall.class).answer();
  }

  @Override
  public void reportCallUsage(NetworkActivityId call, Duration elapsed) {
    find(call, SimCall.class).usage(elapsed);
  }

  @Override
  public void hold(NetworkActivityId call) {
    find(call, SimCall.class).hold();
  }

  @Override
  public void resume(NetworkActivityId call) {
    find(call, SimCall.class).resume();
  }

  @Override
  public void hangUp(NetworkActivityId call, CallParty party) {
    find(call, SimCall.class).hangUp(party);
  }

  @Override
  public NetworkActivityId startDataSession(Address subscriber, String accessPoint) {
    if (accessPoint == null || accessPoint.isEmpty()) {
      throw new IllegalArgumentException("accessPoint must not be empty");
    }
    SimDataSession s = start(new SimDataSession(next(ActivityKind.DATA_SESSION),
        required(subscriber), accessPoint, this));
    s.started();
    return s.getId();
  }

  @Override
  public void requestContent(NetworkActivityId session, String contentId, long octets) {
    find(session, SimDataSession.class).requestContent(contentId, octets);
  }

  @Override
  public void contentDelivered(NetworkActivityId session, String contentId, long octets) {
    find(session, SimDataSession.class).delivered(contentId, octets);
  }

  @Override
  public void contentDeliveryFailed(NetworkActivityId session, String contentId, String reason) {
    find(session, SimDataSession.class).deliveryFailed(contentId, reason);
  }

  @Override
  public void reportDataUsage(NetworkActivityId session, long octets) {
    find(session, SimDataSession.class).usage(octets);
  }

  @Override
  public void endDataSession(NetworkActivityId session) {
    find(session, SimDataSession.class).endedByNetwork();
  }

  @Override
  public NetworkActivityId submitMessage(Address originator, Address recipient, int segments) {
    if (segments < 1) {
      throw new IllegalArgumentException("segments must be >= 1, was " + segments);
    }
    SimMessage m = start(new SimMessage(next(ActivityKind.MESSAGE), required(originator),
        required(recipient), segments, this));
    m.submit();
    return m.getId();
  }

  @Override
  public void messageDelivered(NetworkActivityId message) {
    find(message, SimMessage.class).delivered();
  }

  @Override
  public void messageDeliveryFailed(NetworkActivityId message, String reason) {
    if (reason == null) {
      throw new NullPointerException("reason");
    }
    find(message, SimMessage.class).deliveryFailed(reason);
  }

  @Override
  public CompletableFuture<SbbAction> takeAction(NetworkActivityId activity) {
    CompletableFuture<SbbAction> f = actions.take(activity);
    if (!f.isDone() && !live.containsKey(activity)) {
      actions.ended(activity);
    }
    return f;
  }

  @Override
  public CompletableFuture<NetworkActivityId> whenEnded(NetworkActivityId activity) {
    CompletableFuture<NetworkActivityId> f = actions.whenEnded(activity);
    if (!live.containsKey(activity)) {
      actions.ended(activity);
    }
    return f;
  }

  @Override
  public List<SbbAction> actions() {
    return actions.history();
  }

  @Override
  public Set<NetworkActivityId> liveActivities() {
    return new HashSet<>(live.keySet());
  }

  @Override
  public Object getActivity(NetworkActivityId id) {
    SimActivity a = live.get(id);
    if (a == null) {
      throw new IllegalArgumentException("no live network activity " + id);
    }
    return a;
  }

  private <T extends SimActivity> T start(T activity) {
    live.put(activity.getId(), activity);
    try {
      port.start(activity);
    } catch (RuntimeException e) {
      live.remove(activity.getId());
      throw e;
    }
    return activity;
  }

  private <T extends SimActivity> T find(NetworkActivityId id, Class<T> type) {
    SimActivity a = live.get(id);
    if (a == null) {
      throw new IllegalArgumentException("no live network activity " + id);
    }
    if (!type.isInstance(a)) {
      throw new IllegalArgumentException(id + " is not a " + type.getSimpleName().substring(3));
    }
    return type.cast(a);
  }

  private NetworkActivityId next(ActivityKind kind) {
    return NetworkActivityId.of(kind, sequence.incrementAndGet());
  }

  private static Address required(Address a) {
    if (a == null) {
      throw new NullPointerException("address");
    }
    return a;
  }
}
