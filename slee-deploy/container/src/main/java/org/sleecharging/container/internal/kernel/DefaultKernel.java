package org.sleecharging.container.internal.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.management.remote.JMXServiceURL;
import javax.slee.EventTypeID;
import javax.slee.ServiceID;
import javax.slee.management.DeploymentMBean;
import javax.slee.management.ResourceManagementMBean;
import javax.slee.management.ServiceManagementMBean;
import javax.slee.management.UnrecognizedResourceAdaptorEntityException;
import javax.slee.resource.ActivityIsEndingException;
import javax.slee.resource.ResourceAdaptorTypeID;
import org.sleecharging.container.EmbeddedSlee;
import org.sleecharging.container.SleeInspection;
import org.sleecharging.container.internal.deploy.Deployer;
import org.sleecharging.container.internal.deploy.DeploymentMBeanImpl;
import org.sleecharging.container.internal.facility.SleeNotificationFacilities;
import org.sleecharging.container.internal.facility.SleeUsageParameterSets;
import org.sleecharging.container.internal.model.ServiceDescriptor;
import org.sleecharging.container.internal.ra.ResourceAdaptorEntities;
import org.sleecharging.container.internal.ra.SharedRaTimer;
import org.sleecharging.container.internal.runtime.ExternalActivity;
import org.sleecharging.container.internal.runtime.RuntimeOptions;
import org.sleecharging.container.internal.runtime.SleeRuntime;
import org.sleecharging.container.internal.spi.RaEntityDirectory;
import org.sleecharging.container.internal.spi.RaEntityRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires deployer (which provides the standard event types), notification and usage facilities,
 * the activity/SBB runtime and the RA entities, and exposes the three standard management
 * interfaces.
 */
final class DefaultKernel implements Kernel {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultKernel.class);

  /**
   * The JAIN SLEE API, JTA and Restcomm's fault-tolerant RA API, plus slf4j so that libraries in
   * DUs (jDiameter) log through the container's logging, as on Restcomm JAIN SLEE.
   */
  private static final List<String> SHARED_PACKAGES = java.util.stream.Stream.concat(
      Deployer.DEFAULT_SHARED_PACKAGES.stream(), java.util.stream.Stream.of("org.slf4j."))
      .toList();

  private final Options options;
  private final Path workDirectory;
  private final Deployer deployer;
  private final SleeNotificationFacilities notifications = new SleeNotificationFacilities();
  private final SleeUsageParameterSets usage = new SleeUsageParameterSets();
  private final SharedRaTimer raTimer;
  private final SleeRuntime runtime;
  private final ResourceAdaptorEntities raEntities;
  private final DeploymentMBeanImpl deployment;
  private final ServiceManagement services;
  private final ResourceManagement resources;
  private final JmxExposure jmx = new JmxExposure();
  private final AtomicInteger testActivities = new AtomicInteger();
  private JMXServiceURL jmxUrl;
  private volatile boolean closed;

  private DefaultKernel(Options options) {
    this.options = options;
    try {
      workDirectory = Files.createTempDirectory(options.name() + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the container work directory", e);
    }
    raTimer = new SharedRaTimer(options.name() + "-ra-timer");
    deployer = new Deployer(workDirectory.resolve("deployable-units"),
        Deployer.class.getClassLoader(), SHARED_PACKAGES);
    // The runtime needs the RA entities as directory and the RA entities need the runtime's
    // transaction manager and activity manager: the directory forwards to the entities once built.
    AtomicReference<RaEntityDirectory> directory = new AtomicReference<>();
    runtime = new SleeRuntime(deployer.repository(), forwarding(directory), notifications, usage,
        new RuntimeOptions(options.eventThreads(), options.name(), options.sbbPoolSize(),
            RuntimeOptions.DEFAULT_CLOSE_TIMEOUT, RuntimeOptions.DEFAULT_LIVENESS_QUERY_IDLE,
            options.readySbbObjects()));
    raEntities = new ResourceAdaptorEntities(deployer.repository(), runtime.activityManager(),
        runtime.transactionManager(), notifications, usage, raTimer);
    directory.set(raEntities);
    runtime.services().addServiceLifecycleListener(raEntities);
    deployer.repository().addListener(runtime.deploymentListener());
    deployer.repository().addListener(raEntities);
    deployment = new DeploymentMBeanImpl(deployer);
    services = new ServiceManagement(runtime.services());
    resources = new ResourceManagement(raEntities);
  }

  static Kernel start(Options options) {
    DefaultKernel kernel = new DefaultKernel(options);
    try {
      if (options.registerMBeans()) {
        kernel.jmx.register(kernel.deployment, kernel.services, kernel.resources);
      }
      if (options.jmxPort() >= 0) {
        kernel.jmxUrl = kernel.jmx.openConnector(options.jmxPort());
      }
    } catch (RuntimeException e) {
      kernel.close();
      throw e;
    }
    LOG.info("embedded JAIN SLEE '{}' started ({} event threads)", options.name(),
        options.eventThreads());
    return kernel;
  }

  private static RaEntityDirectory forwarding(AtomicReference<RaEntityDirectory> target) {
    return new RaEntityDirectory() {
      @Override
      public Optional<RaEntityRef> byLinkName(String linkName) {
        return target.get().byLinkName(linkName);
      }

      @Override
      public List<RaEntityRef> entitiesOfType(ResourceAdaptorTypeID raType) {
        return target.get().entitiesOfType(raType);
      }
    };
  }

  @Override
  public DeploymentMBean deployment() {
    return deployment;
  }

  @Override
  public ServiceManagementMBean services() {
    return services;
  }

  @Override
  public ResourceManagementMBean resources() {
    return resources;
  }

  @Override
  public Object resourceAdaptorObject(String entityName) {
    try {
      return raEntities.resourceAdaptorObject(entityName);
    } catch (UnrecognizedResourceAdaptorEntityException e) {
      throw new IllegalArgumentException("no RA entity named " + entityName, e);
    }
  }

  @Override
  public EmbeddedSlee.TestActivity startTestActivity() {
    ExternalActivity activity =
        runtime.startExternalActivity("test-activity-" + testActivities.incrementAndGet());
    return new EmbeddedSlee.TestActivity() {
      @Override
      public void fire(EventTypeID eventType, Object event) {
        try {
          activity.fire(eventType, event, null);
        } catch (ActivityIsEndingException e) {
          throw new IllegalStateException(activity + " is ending", e);
        }
      }

      @Override
      public void end() {
        activity.end();
      }
    };
  }

  @Override
  public SleeInspection inspect() {
    Map<ServiceID, Integer> entities = new LinkedHashMap<>();
    deployer.repository().all(ServiceDescriptor.class).forEach(s ->
        entities.put(s.descriptor().id(), runtime.sbbEntityCount(s.descriptor().id())));
    return new SleeInspection(runtime.activityCount(), entities, runtime.timerCount(),
        notifications.raisedAlarms());
  }

  @Override
  public JMXServiceURL jmxServiceUrl() {
    return jmxUrl;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    jmx.close();
    try {
      stopRuntime();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deployer.close();
    deleteQuietly(workDirectory);
    LOG.info("embedded JAIN SLEE '{}' stopped", options.name());
  }

  private void stopRuntime() throws InterruptedException {
    OrderlyShutdown.run(runtime, raEntities, raTimer);
  }

  /** Whether every thread the container started has ended (after {@link #close()}). */
  boolean isTerminated() {
    return runtime.isTerminated();
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.warn("could not delete the container work directory {}", dir, e);
    }
  }
}
