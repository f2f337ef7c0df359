package org.sleecharging.it.stub;

import javax.slee.resource.ResourceAdaptorID;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.sleecharging.arquillian.DeployableUnits;

/** The stub RA as a DU of its own, deployed after the built ra-du (whose RA type it implements). */
public final class StubDu {

    public static final ResourceAdaptorID RA = new ResourceAdaptorID("StubChargingRA", "org.sleecharging.it", "1.0");

    private static final String RA_JAR_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE resource-adaptor-jar PUBLIC
                "-//Sun Microsystems, Inc.//DTD JAIN SLEE Resource Adaptor 1.1//EN"
                "http://java.sun.com/dtd/slee-resource-adaptor-jar_1_1.dtd">
            <resource-adaptor-jar>
              <resource-adaptor>
                <description>In-memory stand-in for the charging RA (probe kit self-test only)</description>
                <resource-adaptor-name>StubChargingRA</resource-adaptor-name>
                <resource-adaptor-vendor>org.sleecharging.it</resource-adaptor-vendor>
                <resource-adaptor-version>1.0</resource-adaptor-version>
                <resource-adaptor-type-ref>
                  <resource-adaptor-type-name>ChargingResourceAdaptorType</resource-adaptor-type-name>
                  <resource-adaptor-type-vendor>org.sleecharging</resource-adaptor-type-vendor>
                  <resource-adaptor-type-version>1.0</resource-adaptor-type-version>
                </resource-adaptor-type-ref>
                <resource-adaptor-classes>
                  <resource-adaptor-class supports-active-reconfiguration="False">
                    <resource-adaptor-class-name>%s</resource-adaptor-class-name>
                  </resource-adaptor-class>
                </resource-adaptor-classes>
              </resource-adaptor>
            </resource-adaptor-jar>
            """.formatted(StubChargingRa.class.getName());

    private StubDu() {
    }

    public static JavaArchive du() {
        return DeployableUnits.of(DeployableUnits.componentJar("stub-charging-ra.jar", RA_JAR_XML,
                StubChargingRa.class, StubSession.class)).build("stub-charging-ra-du.jar");
    }
}
