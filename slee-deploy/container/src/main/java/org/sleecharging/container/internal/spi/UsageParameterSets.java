package org.sleecharging.container.internal.spi;

import javax.slee.management.NotificationSource;
import javax.slee.usage.UnrecognizedUsageParameterSetNameException;

/**
 * Usage parameter sets (JSLEE 1.1 ch. 11) per notification source: the default set and named
 * sets, each an implementation of the component's usage parameters interface whose
 * {@code increment<Name>(long)} and {@code sample<Name>(long)} methods update counters and sample
 * statistics.
 */
public interface UsageParameterSets {

  /**
   * The set for the source: {@code name == null} is the default set (created on first use); a
   * named set must have been created.
   */
  Object get(NotificationSource source, Class<?> usageInterface, String name)
      throws UnrecognizedUsageParameterSetNameException;

  void create(NotificationSource source, Class<?> usageInterface, String name);

  void remove(NotificationSource source, String name)
      throws UnrecognizedUsageParameterSetNameException;
}
