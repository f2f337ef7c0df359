package org.sleecharging.container.internal.facility;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.slee.management.NotificationSource;
import javax.slee.usage.UnrecognizedUsageParameterSetNameException;
import org.sleecharging.container.internal.spi.UsageParameterSets;

/**
 * Usage parameter sets of every notification source of one container (JSLEE 1.1 ch. 11): the
 * default set, created on first use, and named sets created and removed by management. Thread-safe.
 */
public final class SleeUsageParameterSets implements UsageParameterSets {

  /** The key of the default set; named sets have non-empty names, so this cannot clash. */
  private static final String DEFAULT = "";

  private final Map<NotificationSource, Map<String, UsageSet>> sets = new ConcurrentHashMap<>();

  @Override
  public Object get(NotificationSource source, Class<?> usageInterface, String name)
      throws UnrecognizedUsageParameterSetNameException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(usageInterface, "usageInterface");
    Map<String, UsageSet> ofSource = sets.computeIfAbsent(source, s -> new ConcurrentHashMap<>());
    UsageSet set =
        name == null
            ? ofSource.computeIfAbsent(DEFAULT, n -> new UsageSet(usageInterface, label(source, n)))
            : name.isEmpty() ? null : ofSource.get(name);
    if (set == null) {
      throw unrecognized(source, name);
    }
    if (set.usageInterface() != usageInterface) {
      throw new IllegalArgumentException(
          "usage parameter set "
              + label(source, name)
              + " implements "
              + set.usageInterface().getName()
              + ", not "
              + usageInterface.getName());
    }
    return set.proxy();
  }

  /**
   * @throws IllegalArgumentException if the name is empty or the interface is not a valid usage
   *     parameters interface
   * @throws IllegalStateException if the source already has a set of that name
   */
  @Override
  public void create(NotificationSource source, Class<?> usageInterface, String name) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(usageInterface, "usageInterface");
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("usage parameter set name is empty (JSLEE 1.1 ch. 11)");
    }
    UsageSet created = new UsageSet(usageInterface, label(source, name));
    Map<String, UsageSet> ofSource = sets.computeIfAbsent(source, s -> new ConcurrentHashMap<>());
    if (ofSource.putIfAbsent(name, created) != null) {
      throw new IllegalStateException("usage parameter set already exists: " + label(source, name));
    }
  }

  @Override
  public void remove(NotificationSource source, String name)
      throws UnrecognizedUsageParameterSetNameException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    Map<String, UsageSet> ofSource = sets.get(source);
    if (name.isEmpty() || ofSource == null || ofSource.remove(name) == null) {
      throw unrecognized(source, name);
    }
  }

  /** The named sets of the source (not the default set), sorted. */
  public Set<String> names(NotificationSource source) {
    Set<String> names = new TreeSet<>(sets.getOrDefault(source, Map.of()).keySet());
    names.remove(DEFAULT);
    return names;
  }

  /**
   * Every parameter of a set by name: {@code Long} for counters, {@code SampleStatistics} for
   * samples. {@code name == null} reads the default set, which is empty until first used.
   */
  public Map<String, Object> values(NotificationSource source, String name)
      throws UnrecognizedUsageParameterSetNameException {
    UsageSet set = set(source, name);
    return set == null ? Map.of() : set.values();
  }

  /** UsageMBean.resetAllUsageParameters for one set. */
  public void reset(NotificationSource source, String name)
      throws UnrecognizedUsageParameterSetNameException {
    UsageSet set = set(source, name);
    if (set != null) {
      set.reset();
    }
  }

  /** Forgets every set of a source that is gone (a removed RA entity, an uninstalled service). */
  public void removeAll(NotificationSource source) {
    sets.remove(source);
  }

  /** The set, or null for a default set not yet used. */
  private UsageSet set(NotificationSource source, String name)
      throws UnrecognizedUsageParameterSetNameException {
    UsageSet set = sets.getOrDefault(source, Map.of()).get(name == null ? DEFAULT : name);
    if (set == null && name != null) {
      throw unrecognized(source, name);
    }
    return set;
  }

  private static UnrecognizedUsageParameterSetNameException unrecognized(
      NotificationSource source, String name) {
    return new UnrecognizedUsageParameterSetNameException(
        "no usage parameter set '" + name + "' for " + source);
  }

  private static String label(NotificationSource source, String name) {
    return source + (name == null || name.isEmpty() ? " default set" : " set '" + name + "'");
  }
}
