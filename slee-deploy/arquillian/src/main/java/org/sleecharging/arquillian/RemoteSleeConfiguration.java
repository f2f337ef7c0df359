package org.sleecharging.arquillian;

import java.net.MalformedURLException;
import javax.management.remote.JMXServiceURL;
import org.jboss.arquillian.container.spi.ConfigurationException;

/**
 * Configuration of {@link RemoteSleeContainer}: the {@link SleeContainerConfiguration shared
 * properties} plus how to reach the SLEE's MBean server.
 *
 * <ul>
 *   <li>{@code jmxServiceUrl} (required), e.g.
 *       {@code service:jmx:rmi:///jndi/rmi://127.0.0.1:1090/jmxrmi}.</li>
 *   <li>{@code username}, {@code password}: JMX credentials, both or neither.</li>
 * </ul>
 *
 * <p>Deployments are written to {@code exportDirectory} and installed by file URL, so the SLEE
 * must be able to read that directory: the same host, or a shared file system.
 */
public final class RemoteSleeConfiguration extends SleeContainerConfiguration {
  private String jmxServiceUrl;
  private String username;
  private String password;

  @Override
  public void validate() throws ConfigurationException {
    super.validate();
    if (jmxServiceUrl == null || jmxServiceUrl.isBlank()) {
      throw new ConfigurationException("jmxServiceUrl is required for the remote SLEE adapter");
    }
    try {
      new JMXServiceURL(jmxServiceUrl);
    } catch (MalformedURLException e) {
      throw new ConfigurationException("jmxServiceUrl '" + jmxServiceUrl
          + "' is not a JMX service URL: " + e.getMessage(), e);
    }
    if ((username == null) != (password == null)) {
      throw new ConfigurationException("give both username and password, or neither");
    }
  }

  JMXServiceURL serviceUrl() {
    try {
      return new JMXServiceURL(jmxServiceUrl);
    } catch (MalformedURLException e) {
      throw new ConfigurationException("jmxServiceUrl '" + jmxServiceUrl + "': " + e.getMessage(),
          e);
    }
  }

  public String getJmxServiceUrl() {
    return jmxServiceUrl;
  }

  public void setJmxServiceUrl(String jmxServiceUrl) {
    this.jmxServiceUrl = jmxServiceUrl;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
