package org.sleecharging.arquillian;

import org.jboss.arquillian.container.spi.ConfigurationException;

/**
 * Configuration of {@link EmbeddedSleeContainer}: the {@link SleeContainerConfiguration shared
 * properties} plus the options of {@code EmbeddedSlee.Builder}.
 *
 * <ul>
 *   <li>{@code name}: container name for logs and threads (default {@code arquillian-slee}).</li>
 *   <li>{@code eventThreads}: event delivery threads; 0 keeps the container default.</li>
 *   <li>{@code registerMBeans}: register the standard MBeans on the platform MBean server
 *       (default false, so a second SLEE in the same JVM, e.g. a remote-test target, can).</li>
 *   <li>{@code jmxPort}: open a loopback JMX RMI connector on this port (0 = any free port;
 *       default -1 = none); implies registerMBeans.</li>
 * </ul>
 */
public final class EmbeddedSleeConfiguration extends SleeContainerConfiguration {
  private String name = "arquillian-slee";
  private int eventThreads;
  private boolean registerMBeans;
  private int jmxPort = -1;

  @Override
  public void validate() throws ConfigurationException {
    super.validate();
    if (name == null || name.isBlank()) {
      throw new ConfigurationException("name must not be empty");
    }
    if (eventThreads < 0) {
      throw new ConfigurationException("eventThreads must be >= 0, was " + eventThreads);
    }
    if (jmxPort < -1 || jmxPort > 65535) {
      throw new ConfigurationException("jmxPort must be -1 (none) or 0..65535, was " + jmxPort);
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getEventThreads() {
    return eventThreads;
  }

  public void setEventThreads(int eventThreads) {
    this.eventThreads = eventThreads;
  }

  public boolean isRegisterMBeans() {
    return registerMBeans;
  }

  public void setRegisterMBeans(boolean registerMBeans) {
    this.registerMBeans = registerMBeans;
  }

  public int getJmxPort() {
    return jmxPort;
  }

  public void setJmxPort(int jmxPort) {
    this.jmxPort = jmxPort;
  }
}
