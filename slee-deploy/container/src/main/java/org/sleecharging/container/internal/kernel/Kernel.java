package org.sleecharging.container.internal.kernel;

import javax.management.remote.JMXServiceURL;
import javax.slee.management.DeploymentMBean;
import javax.slee.management.ResourceManagementMBean;
import javax.slee.management.ServiceManagementMBean;
import org.sleecharging.container.EmbeddedSlee;
import org.sleecharging.container.SleeInspection;

/** The wired container behind {@link EmbeddedSlee}: deployer, RA side, runtime, management. */
public interface Kernel extends AutoCloseable {

  /** Options from {@link EmbeddedSlee.Builder}; {@code jmxPort < 0} means no connector. */
  record Options(
      String name, int eventThreads, int sbbPoolSize, int readySbbObjects, boolean registerMBeans,
      int jmxPort) {}

  static Kernel start(Options options) {
    return DefaultKernel.start(options);
  }

  DeploymentMBean deployment();

  ServiceManagementMBean services();

  ResourceManagementMBean resources();

  Object resourceAdaptorObject(String entityName);

  EmbeddedSlee.TestActivity startTestActivity();

  SleeInspection inspect();

  JMXServiceURL jmxServiceUrl();

  @Override
  void close();
}
