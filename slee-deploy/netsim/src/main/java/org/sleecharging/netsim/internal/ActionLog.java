package org.sleecharging.netsim.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.NetworkActivityId;

/**
 * What SBBs did, in order, and who waits for it: per live activity, recorded actions not yet taken
 * and takers waiting for one, matched first come first served; and who waits for an activity to
 * end. Actions stay takeable after their activity ended (an SBB often acts and ends the activity
 * before the driver asks). Keeps the last {@link #RETAINED} actions as history, and untaken ones of
 * at most that many activities, so load runs stay bounded.
 */
final class ActionLog {
  static final int RETAINED = 10_000;

  private final Deque<SbbAction> history = new ArrayDeque<>();
  private final Map<NetworkActivityId, Deque<SbbAction>> untaken =
      new LinkedHashMap<NetworkActivityId, Deque<SbbAction>>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<NetworkActivityId, Deque<SbbAction>> e) {
          return size() > RETAINED;
        }
      };
  private final Map<NetworkActivityId, Deque<CompletableFuture<SbbAction>>> takers =
      new HashMap<>();
  private final Map<NetworkActivityId, CompletableFuture<NetworkActivityId>> endWaiters =
      new HashMap<>();

  void record(SbbAction action) {
    CompletableFuture<SbbAction> taker;
    synchronized (this) {
      history.addLast(action);
      if (history.size() > RETAINED) {
        history.removeFirst();
      }
      taker = poll(takers, action.activityId());
      if (taker == null) {
        untaken.computeIfAbsent(action.activityId(), k -> new ArrayDeque<>()).add(action);
      }
    }
    if (taker != null) {
      taker.complete(action);
    }
  }

  /** The oldest untaken action of a live activity, now or when the SBB acts. */
  synchronized CompletableFuture<SbbAction> take(NetworkActivityId id) {
    SbbAction action = poll(untaken, id);
    if (action != null) {
      return CompletableFuture.completedFuture(action);
    }
    CompletableFuture<SbbAction> f = new CompletableFuture<>();
    takers.computeIfAbsent(id, k -> new ArrayDeque<>()).add(f);
    return f;
  }

  /** Completes when {@link #ended} is called for this (live) activity. */
  synchronized CompletableFuture<NetworkActivityId> whenEnded(NetworkActivityId id) {
    return endWaiters.computeIfAbsent(id, k -> new CompletableFuture<>());
  }

  /**
   * The activity ended in the SLEE: its end waiters complete and takers still waiting fail (the
   * SBB can act no more).
   */
  void ended(NetworkActivityId id) {
    CompletableFuture<NetworkActivityId> waiter;
    Deque<CompletableFuture<SbbAction>> orphans;
    synchronized (this) {
      waiter = endWaiters.remove(id);
      orphans = takers.remove(id);
    }
    if (waiter != null) {
      waiter.complete(id);
    }
    if (orphans != null) {
      for (CompletableFuture<SbbAction> f : orphans) {
        f.completeExceptionally(new IllegalStateException(id + " ended without an SBB action"));
      }
    }
  }

  synchronized List<SbbAction> history() {
    return new ArrayList<>(history);
  }

  private static <T> T poll(Map<NetworkActivityId, Deque<T>> queues, NetworkActivityId id) {
    Deque<T> q = queues.get(id);
    if (q == null) {
      return null;
    }
    T head = q.poll();
    if (q.isEmpty()) {
      queues.remove(id);
    }
    return head;
  }
}
