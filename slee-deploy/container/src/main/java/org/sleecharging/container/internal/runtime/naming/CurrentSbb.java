package org.sleecharging.container.internal.runtime.naming;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.naming.Context;
import javax.slee.SbbID;
import javax.slee.ServiceID;
import org.sleecharging.container.internal.runtime.thread.SleeThreadLocal;

/**
 * The SBB whose code runs on this thread, set around every SBB invocation: what
 * {@code java:comp/env} resolves against (JSLEE 1.1 §6.13) and which service the facilities act
 * for.
 */
public final class CurrentSbb {
  /** One SBB invocation frame; {@code entity} is null for a Pooled object. */
  public record Frame(SbbID sbb, ServiceID service, Context env, Object entity) {}

  private static final SleeThreadLocal<Deque<Frame>> FRAMES = new SleeThreadLocal<>(ArrayDeque::new);

  private CurrentSbb() {}

  public static void push(Frame frame) {
    FRAMES.get().push(frame);
  }

  /** The thread keeps its (then empty) deque: an empty deque holds no SBB's classes. */
  public static void pop() {
    FRAMES.get().pop();
  }

  /** Whether SBB code of this entity is already running on this thread (a loopback call). */
  public static boolean isRunning(Object entity) {
    for (Frame f : FRAMES.get()) {
      if (f.entity() == entity) {
        return true;
      }
    }
    return false;
  }

  /** The innermost frame, or null outside SBB code. */
  public static Frame peek() {
    return FRAMES.get().peek();
  }
}
