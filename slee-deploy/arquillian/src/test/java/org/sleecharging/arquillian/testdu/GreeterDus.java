package org.sleecharging.arquillian.testdu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.slee.ServiceID;
import javax.slee.resource.ResourceAdaptorID;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.sleecharging.arquillian.DeployableUnits;

/**
 * The test deployable units, built with {@link DeployableUnits} from the test classes and the
 * descriptors under {@code src/test/resources/testdu}: an RA DU (event jar, RA type jar, RA jar)
 * and a service DU (SBB jar, service.xml).
 */
public final class GreeterDus {
  public static final String RA = "GreeterRa#org.sleecharging.test#1.0";
  public static final String SERVICE = "GreeterService#org.sleecharging.test#1.0";
  public static final ResourceAdaptorID RA_ID =
      new ResourceAdaptorID("GreeterRa", "org.sleecharging.test", "1.0");
  public static final ServiceID SERVICE_ID =
      new ServiceID("GreeterService", "org.sleecharging.test", "1.0");
  public static final String LINK = "greeterLink";

  private GreeterDus() {}

  public static JavaArchive raDu() {
    return raDu("greeter-ra-du.jar");
  }

  /** The RA DU under another archive name (Arquillian wants one name per deployment). */
  public static JavaArchive raDu(String archiveName) {
    return DeployableUnits.of(
            DeployableUnits.componentJar("greeter-events.jar", resource("event-jar.xml"),
                Greeting.class),
            DeployableUnits.componentJar("greeter-ratype.jar",
                resource("resource-adaptor-type-jar.xml"), GreetingActivity.class,
                GreeterProvider.class),
            DeployableUnits.componentJar("greeter-ra.jar", resource("resource-adaptor-jar.xml"),
                GreeterResourceAdaptor.class, GreetingHandle.class))
        .build(archiveName);
  }

  public static JavaArchive serviceDu() {
    return DeployableUnits.of(
            DeployableUnits.componentJar("greeter-sbb.jar", resource("sbb-jar.xml"),
                GreeterSbb.class))
        .withService("greeter-service.xml", resource("service.xml"))
        .build("greeter-service-du.jar");
  }

  public static String resource(String name) {
    try (InputStream in = GreeterDus.class.getResourceAsStream("/testdu/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource testdu/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
