package org.sleecharging.container.internal.runtime;

import java.time.Duration;
import javax.slee.ServiceID;
import javax.slee.facilities.ActivityContextNamingFacility;
import javax.slee.facilities.TimerFacility;
import javax.slee.nullactivity.NullActivityFactory;
import javax.slee.transaction.SleeTransactionManager;
import org.sleecharging.container.internal.runtime.activity.Activities;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;
import org.sleecharging.container.internal.runtime.activity.ActivityKind;
import org.sleecharging.container.internal.runtime.activity.ActivityManagerImpl;
import org.sleecharging.container.internal.runtime.activity.EventScheduler;
import org.sleecharging.container.internal.runtime.activity.LivenessQueries;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the activity, event-routing, transaction and SBB runtime. The kernel
 * registers {@link #deploymentListener()} with the component repository, hands {@link
 * #activityManager()} to the RA side and {@link #services()} to service management.
 */
public final class SleeRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SleeRuntime.class);
  private static final long POLL_NANOS = 100_000_000L;

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
  private final RuntimeOptions options;

  public SleeRuntime(
      ComponentRepository repository,
      RaEntityDirectory raEntities,
      NotificationFacilities notifications,
      UsageParameterSets usage,
      RuntimeOptions options) {
    JavaNaming.install();
    this.options = options;
    scheduler = new EventScheduler(options.eventThreads(), options.threadPrefix());
    activities = new Activities(tx, scheduler);
    activityManager = new ActivityManagerImpl(activities, txm);
    sbbs = new SbbRuntime(tx, activities, notifications, usage, options.sbbPoolSize(),
        options.readySbbObjects());
    services = new ServiceRuntime(sbbs, activities, raEntities);
    timers = new TimerFacilityImpl(tx, activities, sbbs, options.threadPrefix());
    naming = new AcNamingFacilityImpl(tx, activities, sbbs);
    sleeActivities = new SleeActivityFactories(tx, activities, sbbs, services);
    SbbEnvBuilder env = new SbbEnvBuilder(timers, naming, sleeActivities,
        new RaAciFactories(tx, activities, sbbs, raEntities), notifications, raEntities, repository);
    sbbs.envFactory(env::build);
    EventRouter router = new EventRouter(txm, activities, sbbs, services, timers::runLater);
    router.onActivityEnded(timers::activityEnded);
    router.onActivityEnded(naming::activityEnded);
    router.afterEvent(services::checkStopped);
    scheduler.processor(router);
    long idle = options.livenessQueryIdle().toMillis();
    timers.runEvery(new LivenessQueries(activities, options.livenessQueryIdle()),
        Math.max(1, idle / 2));
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

  /**
   * Ends every activity still active (JSLEE 1.1 §7.3.3: ActivityEndEvent, SBB entities detached and
   * removed, the owning RA told), resuming suspended event deliveries first (§8.6.3), and waits until none is left and no event is queued, ending
   * activities started meanwhile too. Returns false if activities remain after the close timeout.
   */
  public boolean endAllActivities() throws InterruptedException {
    long deadline = System.nanoTime() + options.closeTimeout().toNanos();
    while (true) {
      for (ActivityContextImpl ac : activities.all()) {
        scheduler.resumeAnyDelivery(ac); // a suspended delivery would hold the end event back
        activities.end(ac);
      }
      long left = deadline - System.nanoTime();
      boolean idle = scheduler.awaitIdle(Duration.ofNanos(Math.max(0, Math.min(left, POLL_NANOS))));
      if (idle && activities.count() == 0) {
        return true;
      }
      if (left <= 0) {
        return false;
      }
    }
  }

  /**
   * Stops the timers, lets running deliveries finish, drops what is still queued and waits for
   * every runtime thread to end. Call {@link #endAllActivities()} first for an orderly close.
   */
  @Override
  public void close() {
    try {
      timers.close(options.closeTimeout());
      long dropped = scheduler.close(activities.all(), options.closeTimeout());
      sbbs.close();
      if (dropped > 0 || activities.count() > 0) {
        LOG.warn("closed with {} activities still live; {} queued events dropped",
            activities.count(), dropped);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether every event and timer thread has ended (after {@link #close()}). */
  public boolean isTerminated() {
    return scheduler.isTerminated() && timers.isTerminated();
  }
}
