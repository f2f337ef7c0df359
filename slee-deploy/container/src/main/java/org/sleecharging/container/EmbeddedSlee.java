package org.sleecharging.container;

import java.nio.file.Path;
import java.util.Objects;
import javax.management.remote.JMXServiceURL;
import javax.slee.EventTypeID;
import javax.slee.ServiceID;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.DeploymentMBean;
import javax.slee.management.ManagementException;
import javax.slee.management.ResourceManagementMBean;
import javax.slee.management.ServiceManagementMBean;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.ResourceAdaptorID;
import org.sleecharging.container.internal.kernel.Kernel;
import org.sleecharging.container.internal.runtime.RuntimeOptions;

/**
 * An embedded JAIN SLEE 1.1 container that deploys and runs standard DU jars in this JVM.
 *
 * <p>Management goes through the three standard JAIN SLEE management interfaces ({@link
 * #deployment()}, {@link #services()}, {@link #resources()}), the same calls an administrator
 * makes on any JAIN SLEE; the shortcuts on this class only call them. When built with {@link
 * Builder#registerMBeans(boolean)} (the default) those interfaces are also registered on the
 * platform MBean server under their spec object names, and {@link Builder#jmxPort(int)} opens a
 * JMX RMI connector on loopback for remote management clients.
 *
 * <pre>{@code
 * try (EmbeddedSlee slee = EmbeddedSlee.builder().start()) {
 *   slee.deploy(Path.of("target/my-ra-du.jar"));
 *   slee.createResourceAdaptorEntity(raId, "myRa", new ConfigProperties());
 *   slee.activateResourceAdaptorEntity("myRa");
 *   slee.bindLinkName("myRa", "myRaLink");
 *   slee.deploy(Path.of("target/my-service-du.jar"));
 *   slee.activateService(serviceId);
 * }
 * }</pre>
 */
public final class EmbeddedSlee implements AutoCloseable {

  private final Kernel kernel;

  private EmbeddedSlee(Kernel kernel) {
    this.kernel = kernel;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The standard DeploymentMBean operations of this container. */
  public DeploymentMBean deployment() {
    return kernel.deployment();
  }

  /** The standard ServiceManagementMBean operations of this container. */
  public ServiceManagementMBean services() {
    return kernel.services();
  }

  /** The standard ResourceManagementMBean operations of this container. */
  public ResourceManagementMBean resources() {
    return kernel.resources();
  }

  /**
   * Installs a deployable unit jar.
   *
   * @throws javax.slee.management.DeploymentException naming the descriptor file, element and
   *     problem when the unit is refused; nothing of it stays installed then
   */
  public DeployableUnitID deploy(Path duJar) throws javax.slee.management.DeploymentException {
    Objects.requireNonNull(duJar, "duJar");
    try {
      return deployment().install(duJar.toUri().toURL().toString());
    } catch (java.net.MalformedURLException | ManagementException e) {
      throw wrap("install " + duJar, e);
    }
  }

  /** Uninstalls a deployable unit; refused while another unit or a live entity depends on it. */
  public void undeploy(DeployableUnitID id) throws javax.slee.management.DependencyException,
      javax.slee.InvalidStateException {
    try {
      deployment().uninstall(id);
    } catch (javax.slee.management.UnrecognizedDeployableUnitException | ManagementException e) {
      throw wrap("uninstall " + id, e);
    }
  }

  public void createResourceAdaptorEntity(ResourceAdaptorID ra, String entityName,
      ConfigProperties properties) throws javax.slee.resource.InvalidConfigurationException {
    try {
      resources().createResourceAdaptorEntity(ra, entityName, properties);
    } catch (javax.slee.resource.InvalidConfigurationException e) {
      throw e;
    } catch (javax.slee.InvalidArgumentException
        | javax.slee.management.UnrecognizedResourceAdaptorException
        | javax.slee.management.ResourceAdaptorEntityAlreadyExistsException
        | ManagementException e) {
      throw wrap("create RA entity " + entityName, e);
    }
  }

  public void activateResourceAdaptorEntity(String entityName) {
    try {
      resources().activateResourceAdaptorEntity(entityName);
    } catch (javax.slee.management.UnrecognizedResourceAdaptorEntityException
        | javax.slee.InvalidStateException | ManagementException e) {
      throw wrap("activate RA entity " + entityName, e);
    }
  }

  public void deactivateResourceAdaptorEntity(String entityName) {
    try {
      resources().deactivateResourceAdaptorEntity(entityName);
    } catch (javax.slee.management.UnrecognizedResourceAdaptorEntityException
        | javax.slee.InvalidStateException | ManagementException e) {
      throw wrap("deactivate RA entity " + entityName, e);
    }
  }

  public void removeResourceAdaptorEntity(String entityName) {
    try {
      resources().removeResourceAdaptorEntity(entityName);
    } catch (javax.slee.management.UnrecognizedResourceAdaptorEntityException
        | javax.slee.InvalidStateException | javax.slee.management.DependencyException
        | ManagementException e) {
      throw wrap("remove RA entity " + entityName, e);
    }
  }

  public void bindLinkName(String entityName, String linkName) {
    try {
      resources().bindLinkName(entityName, linkName);
    } catch (javax.slee.InvalidArgumentException
        | javax.slee.management.UnrecognizedResourceAdaptorEntityException
        | javax.slee.management.LinkNameAlreadyBoundException | ManagementException e) {
      throw wrap("bind link name " + linkName, e);
    }
  }

  public void activateService(ServiceID service) {
    try {
      services().activate(service);
    } catch (javax.slee.UnrecognizedServiceException | javax.slee.InvalidStateException
        | ManagementException e) {
      throw wrap("activate " + service, e);
    }
  }

  public void deactivateService(ServiceID service) {
    try {
      services().deactivate(service);
    } catch (javax.slee.UnrecognizedServiceException | javax.slee.InvalidStateException
        | ManagementException e) {
      throw wrap("deactivate " + service, e);
    }
  }

  /**
   * The RA object of an entity, so tests can drive a test RA directly.
   *
   * @throws IllegalArgumentException if there is no such entity or its RA is not a {@code type}
   */
  public <T> T resourceAdaptor(String entityName, Class<T> type) {
    return type.cast(kernel.resourceAdaptorObject(entityName));
  }

  /**
   * Starts a null activity owned by the test, on which {@link TestActivity#fire} delivers events
   * through normal event routing (initial event processing included).
   */
  public TestActivity startTestActivity() {
    return kernel.startTestActivity();
  }

  /** A point-in-time view of the runtime: activities, SBB entities, timers, alarms. */
  public SleeInspection inspect() {
    return kernel.inspect();
  }

  /** The JMX service URL of the RMI connector, or null when none was opened. */
  public JMXServiceURL jmxServiceUrl() {
    return kernel.jmxServiceUrl();
  }

  /**
   * Stops the container in order, as a SLEE goes through Stopping to Stopped (JSLEE 1.1):
   * deactivates services and RA entities, ends every remaining activity (its events still
   * delivered), removes the RA entities once INACTIVE (raUnconfigure), then stops timers and event
   * threads and waits for them. Events fired after that are dropped. Uninstalls no deployable
   * unit; idempotent.
   */
  @Override
  public void close() {
    kernel.close();
  }

  private static IllegalStateException wrap(String what, Exception e) {
    return new IllegalStateException(what + " failed: " + e.getMessage(), e);
  }

  /** Options of an embedded container; validated by {@link #start()}. */
  public static final class Builder {
    private int eventThreads = 2 * Runtime.getRuntime().availableProcessors();
    private int sbbPoolSize = RuntimeOptions.DEFAULT_SBB_POOL_SIZE;
    private int readySbbObjects = RuntimeOptions.DEFAULT_READY_SBB_OBJECTS;
    private boolean registerMBeans = true;
    private int jmxPort = -1;
    private String name = "embedded-slee";

    private Builder() {}

    /** Threads that deliver events (different activities in parallel); default 2 × cores. */
    public Builder eventThreads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("eventThreads must be >= 1, was " + threads);
      }
      this.eventThreads = threads;
      return this;
    }

    /**
     * The most SBB objects kept in the Pooled state per SBB (JSLEE 1.1 §6.1): an object that leaves
     * its entity (sbbPassivate, sbbRemove) goes back to the pool while the pool has room, and is
     * discarded (unsetSbbContext) when it is full; 0 keeps no pool. Default {@value
     * RuntimeOptions#DEFAULT_SBB_POOL_SIZE}.
     */
    public Builder sbbPoolSize(int size) {
      if (size < 0) {
        throw new IllegalArgumentException("sbbPoolSize must be >= 0, was " + size);
      }
      this.sbbPoolSize = size;
      return this;
    }

    /**
     * The most SBB objects kept in the Ready state between transactions, over all SBBs (JSLEE 1.1
     * §6.3): such an object stays with its entity and gets only sbbLoad and sbbStore in the next
     * transaction; beyond this number the least recently used are passivated (sbbPassivate) into
     * their pools. 0 passivates every object at the end of each transaction. Default {@value
     * RuntimeOptions#DEFAULT_READY_SBB_OBJECTS}.
     */
    public Builder readySbbObjects(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("readySbbObjects must be >= 0, was " + count);
      }
      this.readySbbObjects = count;
      return this;
    }

    /**
     * Whether to register the standard management MBeans on the platform MBean server (one
     * container per JVM can); default true.
     */
    public Builder registerMBeans(boolean register) {
      this.registerMBeans = register;
      return this;
    }

    /**
     * Opens a JMX RMI connector on 127.0.0.1 at this port (0 picks a free port); implies MBean
     * registration. Default: no connector.
     */
    public Builder jmxPort(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("jmxPort must be 0..65535, was " + port);
      }
      this.jmxPort = port;
      this.registerMBeans = true;
      return this;
    }

    /** A name for logs and thread names. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    public EmbeddedSlee start() {
      return new EmbeddedSlee(Kernel.start(new Kernel.Options(name, eventThreads, sbbPoolSize,
          readySbbObjects, registerMBeans, jmxPort)));
    }
  }

  /** A test-owned activity (a null activity) to fire events on from outside any SBB. */
  public interface TestActivity {

    /** Fires the event on this activity; delivered asynchronously by the event router. */
    void fire(EventTypeID eventType, Object event);

    /** Ends the activity (ActivityEndEvent to attached SBB entities). */
    void end();
  }
}
