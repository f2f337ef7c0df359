package org.sleecharging.container.internal.runtime;

import javax.slee.ServiceID;
import javax.slee.facilities.ActivityContextNamingFacility;
import javax.slee.facilities.TimerFacility;
import javax.slee.nullactivity.NullActivityFactory;
import javax.slee.transaction.SleeTransactionManager;
import org.sleecharging.container.internal.runtime.activity.Activities;
import org.sleecharging.container.internal.runtime.activity.ActivityKind;
import org.sleecharging.container.internal.runtime.activity.ActivityManagerImpl;
import org.sleecharging.container.internal.runtime.activity.EventScheduler;
import org.sleecharging.container.internal.runtime.facility.AcNamingFacilityImpl;
import org.sleecharging.container.internal.runtime.facility.RaAciFactories;
import org.sleecharging.container.internal.runtime.facility.SbbEnvBuilder;
import org.sleecharging.container.internal.runtime.facility.SleeActivityFactories;
import org.sleecharging.container.internal.runtime.facility.TimerFacilityImpl;
import org.sleecharging.container.internal.runtime.naming.JavaNaming;
import org.sleecharging.container.internal.runtime.router.EventRouter;
import org.sleecharging.container.internal.runtime.sbb.SbbRuntime;
import org.sleecharging.container.internal.runtime.service.RuntimeDeploymentListener;
import org.sleecharging.container.internal.runtime.service.ServiceRuntime;
import org.sleecharging.container.internal.runtime.tx.SleeTransactionManagerImpl;
import org.sleecharging.container.internal.runtime.tx.TxState;
import org.sleecharging.container.internal.spi.ActivityManager;
import org.sleecharging.container.internal.spi.ComponentRepository;
import org.sleecharging.container.internal.spi.DeploymentListener;
import org.sleecharging.container.internal.spi.NotificationFacilities;
import org.sleecharging.container.internal.spi.RaEntityDirectory;
import org.sleecharging.container.internal.spi.UsageParameterSets;

/**
 * The composition root of the activity, event-routing, transaction and SBB runtime. The kernel
 * registers {@link #deploymentListener()} with the component repository, hands {@link
 * #activityManager()} to the RA side and {@link #services()} to service management.
 */
public final class SleeRuntime implements AutoCloseable {
  private final SleeTransactionManagerImpl txm = new SleeTransactionManagerImpl();
  private final TxState tx = new TxState(txm);
  private final EventScheduler scheduler;
  private final Activities activities;
  private final ActivityManagerImpl activityManager;
  private final SbbRuntime sbbs;
  private final ServiceRuntime services;
  private final TimerFacilityImpl timers;
  private final AcNamingFacilityImpl naming;
  private final SleeActivityFactories sleeActivities;
  private final RuntimeDeploymentListener deploymentListener;

  public SleeRuntime(
      ComponentRepository repository,
      RaEntityDirectory raEntities,
      NotificationFacilities notifications,
      UsageParameterSets usage,
      RuntimeOptions options) {
    JavaNaming.install();
    scheduler = new EventScheduler(options.eventThreads());
    activities = new Activities(tx, scheduler);
    activityManager = new ActivityManagerImpl(activities, txm);
    sbbs = new SbbRuntime(tx, activities, notifications, usage);
    services = new ServiceRuntime(sbbs, activities, raEntities);
    timers = new TimerFacilityImpl(tx, activities, sbbs);
    naming = new AcNamingFacilityImpl(tx, activities, sbbs);
    sleeActivities = new SleeActivityFactories(tx, activities, sbbs, services);
    SbbEnvBuilder env = new SbbEnvBuilder(timers, naming, sleeActivities,
        new RaAciFactories(tx, activities, sbbs, raEntities), notifications, raEntities, repository);
    sbbs.envFactory(env::build);
    EventRouter router = new EventRouter(txm, activities, sbbs, services);
    router.onActivityEnded(timers::activityEnded);
    router.onActivityEnded(naming::activityEnded);
    router.afterEvent(services::checkStopped);
    scheduler.processor(router);
    deploymentListener = new RuntimeDeploymentListener(sbbs, services, repository);
  }

  public SleeTransactionManager transactionManager() {
    return txm;
  }

  public ActivityManager activityManager() {
    return activityManager;
  }

  public ServiceRuntime services() {
    return services;
  }

  /** To register with {@link ComponentRepository#addListener}. */
  public DeploymentListener deploymentListener() {
    return deploymentListener;
  }

  public TimerFacility timerFacility() {
    return timers;
  }

  public ActivityContextNamingFacility activityContextNamingFacility() {
    return naming;
  }

  public NullActivityFactory nullActivityFactory() {
    return sleeActivities;
  }

  /** Starts an activity from outside SBBs and RAs, for firing events on it (test entry point). */
  public ExternalActivity startExternalActivity(String name) {
    ExternalActivity activity = new ExternalActivity(activities, name);
    activity.context(activities.startSleeOwned(ActivityKind.EXTERNAL, activity));
    return activity;
  }

  // --- inspection (tests, management, leak checks) ---

  /** Live activity contexts of every kind, service activities included. */
  public int activityCount() {
    return activities.count();
  }

  public int sbbEntityCount(ServiceID service) {
    return sbbs.entities().count(service);
  }

  public int timerCount() {
    return timers.timerCount();
  }

  public int boundActivityContextNames() {
    return naming.boundNames();
  }

  /** Stops the event threads and cancels every timer; queued events are dropped. */
  @Override
  public void close() {
    timers.close();
    scheduler.close();
  }
}
