package org.sleecharging.container.internal.runtime.naming;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.naming.Context;
import javax.slee.SbbID;
import javax.slee.ServiceID;

/**
 * The SBB whose code runs on this thread, set around every SBB invocation: what
 * {@code java:comp/env} resolves against (JSLEE 1.1 §6.13) and which service the facilities act
 * for.
 */
public final class CurrentSbb {
  /** One SBB invocation frame. */
  public record Frame(SbbID sbb, ServiceID service, Context env) {}

  private static final ThreadLocal<Deque<Frame>> FRAMES = ThreadLocal.withInitial(ArrayDeque::new);

  private CurrentSbb() {}

  public static void push(Frame frame) {
    FRAMES.get().push(frame);
  }

  public static void pop() {
    Deque<Frame> frames = FRAMES.get();
    frames.pop();
    if (frames.isEmpty()) {
      FRAMES.remove();
    }
  }

  /** The innermost frame, or null outside SBB code. */
  public static Frame peek() {
    return FRAMES.get().peek();
  }
}
