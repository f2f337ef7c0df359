package org.sleecharging.arquillian;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.slee.management.DeployableUnitID;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;
import org.sleecharging.arquillian.internal.AnnotationDeclarations;
import org.sleecharging.arquillian.internal.Declarations;
import org.sleecharging.arquillian.internal.DeployedUnit;
import org.sleecharging.arquillian.internal.DeploymentDriver;

/**
 * What both adapters share: a deployment is a DU archive, exported to a jar file, installed, and
 * set up as declared on its {@code @Deployment} method and in arquillian.xml; undeploy takes it
 * down again. Subclasses only start/stop the SLEE, install a file and expose management.
 *
 * <p>Tests run through Arquillian's {@code Local} protocol: the test method is invoked in the test
 * JVM (in-container and {@code @RunAsClient} are the same there), with the embedded SLEE running
 * in that JVM and the remote SLEE reached over JMX.
 */
abstract class AbstractSleeContainer<C extends SleeContainerConfiguration>
    implements DeployableContainer<C> {

  /** Arquillian's protocol that invokes the test method directly in this JVM. */
  static final String LOCAL_PROTOCOL = "Local";

  @Inject private Instance<DeploymentDescription> deploymentDescription;
  @Inject private Instance<TestClass> testClass;

  private final Map<String, DeployedUnit> deployed = new LinkedHashMap<>();
  private C configuration;
  private DeploymentDriver driver;
  private Path exportDirectory;
  private boolean temporaryExportDirectory;

  @Override
  public final void setup(C configuration) {
    this.configuration = configuration;
  }

  @Override
  public final void start() throws LifecycleException {
    if (configuration == null) {
      throw new LifecycleException("start before setup: no configuration");
    }
    SleeManagement management = startSlee(configuration);
    driver = new DeploymentDriver(management, configuration.stopTimeout());
    try {
      exportDirectory = configuration.exportPath();
      temporaryExportDirectory = exportDirectory == null;
      exportDirectory = temporaryExportDirectory
          ? Files.createTempDirectory("slee-arquillian-")
          : Files.createDirectories(exportDirectory);
    } catch (IOException e) {
      stopSlee();
      throw new LifecycleException("cannot create export directory " + exportDirectory + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public final void stop() throws LifecycleException {
    try {
      stopSlee();
    } finally {
      driver = null;
      if (temporaryExportDirectory) {
        deleteTree(exportDirectory);
      }
    }
  }

  @Override
  public final ProtocolDescription getDefaultProtocol() {
    return new ProtocolDescription(LOCAL_PROTOCOL);
  }

  @Override
  public final ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (driver == null) {
      throw new DeploymentException("deploy of " + archive.getName()
          + " before the SLEE adapter was started");
    }
    String name = archive.getName();
    if (deployed.containsKey(name)) {
      throw new DeploymentException("an archive named " + name + " is already deployed;"
          + " give each @Deployment archive its own name");
    }
    Declarations own;
    try {
      own = declarationsOfCurrentDeployment();
    } catch (InvalidDeclarationException e) {
      throw new DeploymentException(e.getMessage(), e);
    }
    Path file = exportDirectory.resolve(name.endsWith(".jar") ? name : name + ".jar");
    archive.as(ZipExporter.class).exportTo(file.toFile(), true);
    deployed.put(name, driver.deploy(name, file, this::install, own,
        configuration.declarations()));
    return new ProtocolMetaData();
  }

  @Override
  public final void undeploy(Archive<?> archive) throws DeploymentException {
    DeployedUnit unit = deployed.remove(archive.getName());
    if (unit == null) {
      throw new DeploymentException("undeploy of " + archive.getName()
          + ": this adapter did not deploy it");
    }
    driver.undeploy(unit);
  }

  @Override
  public final void deploy(Descriptor descriptor) throws DeploymentException {
    throw new DeploymentException("JAIN SLEE has no descriptor deployments; deploy a DU archive"
        + " instead of " + descriptor.getDescriptorName());
  }

  @Override
  public final void undeploy(Descriptor descriptor) throws DeploymentException {
    throw new DeploymentException("JAIN SLEE has no descriptor deployments: "
        + descriptor.getDescriptorName());
  }

  /** The management interfaces of the running SLEE; throws when it is not started. */
  final SleeManagement management() {
    SleeManagement m = currentManagement();
    if (m == null) {
      throw new IllegalStateException(getClass().getSimpleName() + " is not started");
    }
    return m;
  }

  abstract SleeManagement startSlee(C configuration) throws LifecycleException;

  abstract void stopSlee() throws LifecycleException;

  abstract SleeManagement currentManagement();

  abstract DeployableUnitID install(Path duJar) throws Exception;

  /**
   * The annotations on the {@code @Deployment} method being deployed: Arquillian exposes only
   * the deployment's name, so the method is found by {@code @Deployment.name} on the test class.
   */
  private Declarations declarationsOfCurrentDeployment() {
    DeploymentDescription description = deploymentDescription.get();
    TestClass test = testClass.get();
    if (description == null || test == null) {
      return Declarations.NONE;
    }
    for (Method m : test.getMethods(Deployment.class)) {
      if (m.getAnnotation(Deployment.class).name().equals(description.getName())) {
        return AnnotationDeclarations.of(m);
      }
    }
    return Declarations.NONE;
  }

  private static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot delete export directory " + dir, e);
    }
  }
}
