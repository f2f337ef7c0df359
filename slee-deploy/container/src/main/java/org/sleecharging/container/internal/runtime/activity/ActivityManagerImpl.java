package org.sleecharging.container.internal.runtime.activity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.slee.ServiceID;
import javax.slee.resource.SleeEndpoint;
import org.sleecharging.container.internal.runtime.naming.CurrentSbb;
import org.sleecharging.container.internal.runtime.tx.SleeTransactionManagerImpl;
import org.sleecharging.container.internal.spi.ActivityManager;
import org.sleecharging.container.internal.spi.RaEntityRef;

/** One SleeEndpoint per RA entity over the shared activity registry. */
public final class ActivityManagerImpl implements ActivityManager {
  private final Activities activities;
  private final SleeTransactionManagerImpl txm;
  private final Map<RaEntityRef, SleeEndpoint> endpoints = new ConcurrentHashMap<>();

  public ActivityManagerImpl(Activities activities, SleeTransactionManagerImpl txm) {
    this.activities = activities;
    this.txm = txm;
  }

  @Override
  public SleeEndpoint endpoint(RaEntityRef entity) {
    return endpoints.computeIfAbsent(entity, e -> new SleeEndpointImpl(e, activities, txm));
  }

  @Override
  public int activityCount(RaEntityRef entity) {
    return activities.count(entity);
  }

  @Override
  public ServiceID invokingService() {
    CurrentSbb.Frame frame = CurrentSbb.peek();
    return frame == null ? null : frame.service();
  }
}
