package org.sleecharging.container.internal.kernel;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.NoSuchObjectException;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.RMIServerSocketFactory;
import java.rmi.server.UnicastRemoteObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXServiceURL;
import javax.management.remote.rmi.RMIConnectorServer;
import javax.slee.management.DeploymentMBean;
import javax.slee.management.ResourceManagementMBean;
import javax.slee.management.ServiceManagementMBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the standard JAIN SLEE management MBeans on the platform MBean server under their spec
 * object names (JSLEE 1.1 §14) and optionally opens a JMX RMI connector bound to loopback only, so
 * that any standard JAIN SLEE management client can drive the embedded container.
 */
final class JmxExposure implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JmxExposure.class);

  private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
  private final List<ObjectName> registered = new ArrayList<>();
  private Registry registry;
  private JMXConnectorServer connector;

  void register(DeploymentMBean deployment, ServiceManagementMBean services,
      ResourceManagementMBean resources) {
    try {
      register(DeploymentMBean.OBJECT_NAME, deployment, DeploymentMBean.class);
      register(ServiceManagementMBean.OBJECT_NAME, services, ServiceManagementMBean.class);
      register(ResourceManagementMBean.OBJECT_NAME, resources, ResourceManagementMBean.class);
    } catch (InstanceAlreadyExistsException e) {
      close();
      throw new IllegalStateException("another JAIN SLEE already registered its management MBeans "
          + "in this JVM (" + e.getMessage() + "); build this one with registerMBeans(false)", e);
    } catch (JMException e) {
      close();
      throw new IllegalStateException("registering the JAIN SLEE management MBeans failed", e);
    }
  }

  private <T> void register(String name, T impl, Class<T> type) throws JMException {
    ObjectName objectName = new ObjectName(name);
    server.registerMBean(new StandardMBean(impl, type), objectName);
    registered.add(objectName);
  }

  /** Opens an RMI connector on 127.0.0.1 at {@code port} (0 picks a free port). */
  JMXServiceURL openConnector(int port) {
    try {
      InetAddress loopback = InetAddress.getLoopbackAddress();
      int actual = port == 0 ? freePort(loopback) : port;
      RMIServerSocketFactory sockets = p -> new ServerSocket(p, 50, loopback);
      registry = LocateRegistry.createRegistry(actual, null, sockets);
      String host = loopback.getHostAddress();
      JMXServiceURL url = new JMXServiceURL(
          "service:jmx:rmi://" + host + ":" + actual + "/jndi/rmi://" + host + ":" + actual
              + "/jmxrmi");
      Map<String, Object> env = new HashMap<>();
      env.put(RMIConnectorServer.RMI_SERVER_SOCKET_FACTORY_ATTRIBUTE, sockets);
      connector = JMXConnectorServerFactory.newJMXConnectorServer(url, env, server);
      connector.start();
      LOG.info("JAIN SLEE management connector at {}", url);
      return url;
    } catch (IOException e) {
      close();
      throw new IllegalStateException("opening the JMX connector on 127.0.0.1:" + port + " failed",
          e);
    }
  }

  private static int freePort(InetAddress address) throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, address)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    if (connector != null) {
      try {
        connector.stop();
      } catch (IOException e) {
        LOG.warn("stopping the JMX connector failed", e);
      }
      connector = null;
    }
    if (registry != null) {
      try {
        UnicastRemoteObject.unexportObject(registry, true);
      } catch (NoSuchObjectException e) {
        LOG.debug("RMI registry already unexported", e);
      }
      registry = null;
    }
    for (ObjectName name : registered) {
      try {
        server.unregisterMBean(name);
      } catch (JMException e) {
        LOG.warn("unregistering {} failed", name, e);
      }
    }
    registered.clear();
  }
}
