package org.sleecharging.container.internal.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What test SBBs and the fake RA did, in order; reset before each test. */
public final class Recorder {
  private static final List<String> LOG = new CopyOnWriteArrayList<>();
  private static final Map<String, Object> VALUES = new ConcurrentHashMap<>();

  private Recorder() {}

  public static void reset() {
    LOG.clear();
    VALUES.clear();
  }

  public static void record(String entry) {
    LOG.add(entry);
  }

  public static List<String> log() {
    return new ArrayList<>(LOG);
  }

  public static List<String> startingWith(String prefix) {
    return LOG.stream().filter(s -> s.startsWith(prefix)).toList();
  }

  public static void put(String key, Object value) {
    VALUES.put(key, value);
  }

  @SuppressWarnings("unchecked")
  public static <T> T get(String key) {
    return (T) VALUES.get(key);
  }
}
