package org.sleecharging.arquillian;

import java.util.Objects;
import javax.management.JMX;
import javax.management.MBeanServerConnection;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.slee.management.DeploymentMBean;
import javax.slee.management.ResourceManagementMBean;
import javax.slee.management.ServiceManagementMBean;
import org.sleecharging.container.EmbeddedSlee;

/**
 * The three standard JAIN SLEE management interfaces (JSLEE 1.1 management chapter) of the SLEE
 * under test, the
 * same for the embedded and the remote adapter. Inject it with {@code @ArquillianResource
 * SleeManagement management}.
 */
public interface SleeManagement {

  DeploymentMBean deployment();

  ServiceManagementMBean services();

  ResourceManagementMBean resources();

  /** The management interfaces of an embedded container, called directly. */
  static SleeManagement of(EmbeddedSlee slee) {
    Objects.requireNonNull(slee, "slee");
    return of(slee.deployment(), slee.services(), slee.resources());
  }

  static SleeManagement of(DeploymentMBean deployment, ServiceManagementMBean services,
      ResourceManagementMBean resources) {
    return new Interfaces(Objects.requireNonNull(deployment, "deployment"),
        Objects.requireNonNull(services, "services"),
        Objects.requireNonNull(resources, "resources"));
  }

  /**
   * Proxies of the MBeans registered under their spec object names ({@code OBJECT_NAME} constants
   * of each interface, standard since JSLEE 1.1) on a JMX connection.
   */
  static SleeManagement over(MBeanServerConnection connection) {
    Objects.requireNonNull(connection, "connection");
    return of(
        JMX.newMBeanProxy(connection, name(DeploymentMBean.OBJECT_NAME), DeploymentMBean.class),
        JMX.newMBeanProxy(connection, name(ServiceManagementMBean.OBJECT_NAME),
            ServiceManagementMBean.class),
        JMX.newMBeanProxy(connection, name(ResourceManagementMBean.OBJECT_NAME),
            ResourceManagementMBean.class));
  }

  private static ObjectName name(String objectName) {
    try {
      return new ObjectName(objectName);
    } catch (MalformedObjectNameException e) {
      throw new IllegalStateException("spec object name " + objectName + " is malformed", e);
    }
  }

  /** The plain holder behind {@link #of}. */
  record Interfaces(DeploymentMBean deployment, ServiceManagementMBean services,
      ResourceManagementMBean resources) implements SleeManagement {}
}
