package org.sleecharging.netsim.event;

import java.io.Serializable;

/** Network-unique id of a simulated call, data session or message, e.g. {@code call-7}. */
public final class NetworkActivityId implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ActivityKind kind;
  private final long sequence;

  private NetworkActivityId(ActivityKind kind, long sequence) {
    if (kind == null) {
      throw new NullPointerException("kind");
    }
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be >= 1, was " + sequence);
    }
    this.kind = kind;
    this.sequence = sequence;
  }

  public static NetworkActivityId of(ActivityKind kind, long sequence) {
    return new NetworkActivityId(kind, sequence);
  }

  /** Parses the {@link #toString()} form, e.g. {@code msg-3}. */
  public static NetworkActivityId parse(String text) {
    int dash = text.lastIndexOf('-');
    if (dash > 0) {
      String prefix = text.substring(0, dash);
      for (ActivityKind k : ActivityKind.values()) {
        if (k.prefix().equals(prefix)) {
          return new NetworkActivityId(k, Long.parseLong(text.substring(dash + 1)));
        }
      }
    }
    throw new IllegalArgumentException("not a network activity id: " + text);
  }

  public ActivityKind kind() {
    return kind;
  }

  public long sequence() {
    return sequence;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof NetworkActivityId)) {
      return false;
    }
    NetworkActivityId other = (NetworkActivityId) o;
    return kind == other.kind && sequence == other.sequence;
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + Long.hashCode(sequence);
  }

  @Override
  public String toString() {
    return kind.prefix() + "-" + sequence;
  }
}
