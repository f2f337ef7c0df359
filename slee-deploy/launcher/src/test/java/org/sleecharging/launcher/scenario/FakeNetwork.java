package org.sleecharging.launcher.scenario;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.slee.Address;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.ActivityKind;
import org.sleecharging.netsim.event.CallParty;
import org.sleecharging.netsim.event.NetworkActivityId;

/**
 * A network whose "service" answers each new activity at once with the actions a function gives,
 * and ends an activity when the network ends it. Records every network step as a line.
 */
public final class FakeNetwork implements NetworkDriver {
  public final List<String> steps = new ArrayList<>();
  private final Function<NetworkActivityId, List<SbbAction>> service;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<NetworkActivityId, Deque<SbbAction>> pending = new HashMap<>();
  private final Set<NetworkActivityId> live = new HashSet<>();

  public FakeNetwork(Function<NetworkActivityId, List<SbbAction>> service) {
    this.service = service;
  }

  private synchronized NetworkActivityId start(ActivityKind kind, String line) {
    NetworkActivityId id = NetworkActivityId.of(kind, sequence.incrementAndGet());
    live.add(id);
    steps.add(line + " " + id);
    pending.put(id, new ArrayDeque<>(service.apply(id)));
    return id;
  }

  private synchronized void step(String line, NetworkActivityId id, boolean ends) {
    steps.add(line + " " + id);
    if (ends) {
      live.remove(id);
    }
  }

  @Override
  public NetworkActivityId startCall(Address callingParty, Address calledParty) {
    return start(ActivityKind.CALL, "call");
  }

  @Override
  public void answer(NetworkActivityId call) {
    step("answer", call, false);
  }

  @Override
  public void reportCallUsage(NetworkActivityId call, Duration elapsed) {
    step("usage " + elapsed.toSeconds(), call, false);
  }

  @Override
  public void hold(NetworkActivityId call) {
    step("hold", call, false);
  }

  @Override
  public void resume(NetworkActivityId call) {
    step("resume", call, false);
  }

  @Override
  public void hangUp(NetworkActivityId call, CallParty party) {
    step("hangUp", call, true);
  }

  @Override
  public NetworkActivityId startDataSession(Address subscriber, String accessPoint) {
    return start(ActivityKind.DATA_SESSION, "data");
  }

  @Override
  public void requestContent(NetworkActivityId session, String contentId, long octets) {
    step("request " + contentId, session, false);
  }

  @Override
  public void contentDelivered(NetworkActivityId session, String contentId, long octets) {
    step("delivered " + contentId, session, false);
  }

  @Override
  public void contentDeliveryFailed(NetworkActivityId session, String contentId, String reason) {
    step("failed " + contentId, session, false);
  }

  @Override
  public void reportDataUsage(NetworkActivityId session, long octets) {
    step("usage " + octets, session, false);
  }

  @Override
  public void endDataSession(NetworkActivityId session) {
    step("end", session, true);
  }

  @Override
  public NetworkActivityId submitMessage(Address originator, Address recipient, int segments) {
    return start(ActivityKind.MESSAGE, "message");
  }

  @Override
  public void messageDelivered(NetworkActivityId message) {
    step("delivered", message, true);
  }

  @Override
  public void messageDeliveryFailed(NetworkActivityId message, String reason) {
    step("failed", message, true);
  }

  @Override
  public synchronized CompletableFuture<SbbAction> takeAction(NetworkActivityId activity) {
    Deque<SbbAction> q = pending.get(activity);
    if (q == null || q.isEmpty()) {
      return new CompletableFuture<>();
    }
    SbbAction action = q.poll();
    if (action.kind().isRefusal()) {
      live.remove(activity);
    }
    return CompletableFuture.completedFuture(action);
  }

  @Override
  public synchronized CompletableFuture<NetworkActivityId> whenEnded(NetworkActivityId activity) {
    return live.contains(activity) ? new CompletableFuture<>()
        : CompletableFuture.completedFuture(activity);
  }

  @Override
  public List<SbbAction> actions() {
    throw new UnsupportedOperationException("not needed by the scenarios");
  }

  @Override
  public synchronized Set<NetworkActivityId> liveActivities() {
    return new HashSet<>(live);
  }
}
