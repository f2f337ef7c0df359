package org.sleecharging.container.internal.runtime.facility;

import javax.slee.ActivityContextInterface;
import javax.slee.FactoryException;
import javax.slee.ServiceID;
import javax.slee.UnrecognizedActivityException;
import javax.slee.nullactivity.NullActivity;
import javax.slee.nullactivity.NullActivityContextInterfaceFactory;
import javax.slee.nullactivity.NullActivityFactory;
import javax.slee.serviceactivity.ServiceActivity;
import javax.slee.serviceactivity.ServiceActivityContextInterfaceFactory;
import javax.slee.serviceactivity.ServiceActivityFactory;
import org.sleecharging.container.internal.runtime.activity.Activities;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;
import org.sleecharging.container.internal.runtime.activity.ActivityKind;
import org.sleecharging.container.internal.runtime.naming.CurrentSbb;
import org.sleecharging.container.internal.runtime.sbb.SbbRuntime;
import org.sleecharging.container.internal.runtime.service.ServiceRuntime;
import org.sleecharging.container.internal.runtime.tx.TxState;

/**
 * The factories of the SLEE's own activities: null activities (§7.10) and service activities
 * (§8.7), with their ACI factories.
 */
public final class SleeActivityFactories
    implements NullActivityFactory, NullActivityContextInterfaceFactory {
  private final TxState tx;
  private final Activities activities;
  private final SbbRuntime sbbs;
  private final ServiceRuntime services;

  public SleeActivityFactories(
      TxState tx, Activities activities, SbbRuntime sbbs, ServiceRuntime services) {
    this.tx = tx;
    this.activities = activities;
    this.sbbs = sbbs;
    this.services = services;
  }

  /** Created in the transaction; forgotten on rollback; ends at commit if unreferenced. */
  @Override
  public NullActivity createNullActivity() {
    tx.manager().require();
    NullActivityImpl activity = new NullActivityImpl(tx, activities);
    ActivityContextImpl ac = activities.startSleeOwned(ActivityKind.NULL, activity);
    activity.context(ac);
    tx.undo(() -> activities.remove(ac));
    tx.atCommitEnd(() -> activities.scheduler().poke(ac));
    return activity;
  }

  @Override
  public ActivityContextInterface getActivityContextInterface(NullActivity activity)
      throws UnrecognizedActivityException {
    return sleeOwned(activity);
  }

  private ActivityContextInterface sleeOwned(Object activity) throws UnrecognizedActivityException {
    if (activity == null) {
      throw new NullPointerException("activity");
    }
    tx.manager().require();
    ActivityContextImpl ac = activities.sleeOwned(activity)
        .orElseThrow(() -> new UnrecognizedActivityException(activity));
    return sbbs.aci(ac);
  }

  public ServiceActivityFactory serviceActivityFactory() {
    return () -> {
      tx.manager().require();
      CurrentSbb.Frame frame = CurrentSbb.peek();
      ServiceID service = frame == null ? null : frame.service();
      if (service == null) {
        throw new FactoryException("no SBB of a service is running on this thread");
      }
      return (ServiceActivity) services.serviceActivity(service)
          .orElseThrow(() -> new FactoryException("service " + service + " is not ACTIVE"))
          .activity();
    };
  }

  public ServiceActivityContextInterfaceFactory serviceAciFactory() {
    return activity -> sleeOwned(activity);
  }
}
