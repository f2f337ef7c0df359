package org.sleecharging.servicedu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.slee.SbbID;
import javax.slee.ServiceID;
import javax.slee.management.DeployableUnitID;
import javax.slee.management.ServiceState;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.container.EmbeddedSlee;

/**
 * The built service DU installs in the embedded JAIN SLEE after the DUs it refers to (network
 * simulator, charging events and RA type): the container checks every SBB class against its
 * descriptor (JSLEE 1.1 §6.11–§6.13), generates the concrete classes and installs the services.
 * Running the services needs a charging RA entity linked as {@code ChargingRA}; that is what the
 * end-to-end tests in du/it do.
 */
class ServiceDuIT {
    private static final String VENDOR = "org.sleecharging";
    private static final String VERSION = "1.0";

    static final List<ServiceID> SERVICES = List.of(new ServiceID("ScurCallService", VENDOR, VERSION),
            new ServiceID("EcurContentService", VENDOR, VERSION), new ServiceID("IecMessageService", VENDOR, VERSION));
    static final List<SbbID> SBBS = List.of(new SbbID("ChargingManagerSbb", VENDOR, VERSION),
            new SbbID("ScurCallSbb", VENDOR, VERSION), new SbbID("EcurContentSbb", VENDOR, VERSION),
            new SbbID("IecMessageSbb", VENDOR, VERSION));

    private EmbeddedSlee slee;

    @BeforeEach
    void start() {
        slee = EmbeddedSlee.builder().registerMBeans(false).name("service-du-it").start();
    }

    @AfterEach
    void close() {
        slee.close();
    }

    @Test
    void installsAfterTheDusItRefersToWithEverySbbAndServiceInactive() throws Exception {
        slee.deploy(du("slee-charging-netsim-du.jar"));
        slee.deploy(du("slee-charging-ra-du.jar"));

        DeployableUnitID unit = slee.deploy(serviceDu());

        assertThat(slee.deployment().getDescriptor(unit).getComponents()).containsAll(SERVICES).containsAll(SBBS);
        for (ServiceID service : SERVICES) {
            assertThat(slee.services().getState(service)).as(service.toString()).isEqualTo(ServiceState.INACTIVE);
        }
        slee.undeploy(unit);
        assertThat(List.of(slee.deployment().getServices())).doesNotContainAnyElementsOf(SERVICES);
    }

    @Test
    void isRefusedWithoutTheNetworkSimulatorItRefersTo() throws Exception {
        slee.deploy(du("slee-charging-ra-du.jar"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> slee.deploy(serviceDu()))
                .isInstanceOf(javax.slee.management.DeploymentException.class)
                .hasMessageContaining("org.sleecharging.netsim.CallAttempt");
        assertThat(List.of(slee.deployment().getServices())).doesNotContainAnyElementsOf(SERVICES);
    }

    static Path du(String name) {
        Path jar = Path.of(property("it.du.directory"), name);
        assertThat(jar).as("DU copied by the build").isRegularFile();
        return jar;
    }

    static Path serviceDu() {
        Path jar = Path.of(property("it.service.du"));
        assertThat(Files.isRegularFile(jar)).as("built service DU " + jar).isTrue();
        return jar;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " not set: run through Maven (mvn verify)");
        }
        return value;
    }
}
