package org.sleecharging.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import javax.slee.ComponentID;
import javax.slee.EventTypeID;
import javax.slee.management.DeployableUnitDescriptor;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.LibraryID;
import javax.slee.resource.ResourceAdaptorID;
import javax.slee.resource.ResourceAdaptorTypeID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sleecharging.arquillian.SleeManagement;
import org.sleecharging.container.EmbeddedSlee;

/**
 * The built ra-du installs in a JAIN SLEE with the component ids the POM gives it, and the RA
 * references the jDiameter library (without that reference a SLEE would not let it load jDiameter).
 */
@ExtendWith(ArquillianExtension.class)
class RaDuIT {

    private static final String VENDOR = "org.sleecharging";
    private static final String VERSION = System.getProperty("it.slee.component.version");
    private static final String JDIAMETER = System.getProperty("it.jdiameter.version");

    @Deployment(name = "ra-du", testable = false)
    static JavaArchive raDu() {
        return BuiltDus.raDuArchive();
    }

    @ArquillianResource SleeManagement management;
    @ArquillianResource EmbeddedSlee slee;

    @Test
    void theLibraryEventsRaTypeAndRaAreInstalledUnderTheirPomVersions() throws Exception {
        DeployableUnitID du = Arrays.stream(management.deployment().getDeployableUnits())
                .filter(id -> id.getURL().endsWith("/slee-charging-ra-du.jar")).findFirst().orElseThrow();
        DeployableUnitDescriptor descriptor = management.deployment().getDescriptor(du);
        ComponentID[] components = descriptor.getComponents();

        assertThat(components).contains(
                new LibraryID("jdiameter", VENDOR, JDIAMETER),
                new ResourceAdaptorTypeID("ChargingResourceAdaptorType", VENDOR, VERSION),
                new EventTypeID("org.sleecharging.charging.ReserveAmountRes", VENDOR, VERSION),
                new EventTypeID("org.sleecharging.manager.CreditResult", VENDOR, VERSION));
        assertThat(Arrays.stream(components).filter(EventTypeID.class::isInstance)).hasSize(30);
        ResourceAdaptorID ra = new ResourceAdaptorID("ChargingResourceAdaptor", VENDOR, VERSION);
        assertThat(components).contains(ra);
        assertThat(management.deployment().getReferringComponents(new LibraryID("jdiameter", VENDOR, JDIAMETER)))
                .contains(ra);
        assertThat(management.deployment().isInstalled(du)).isTrue();
        Leaks.assertNoneIn(slee, 0);
    }
}
