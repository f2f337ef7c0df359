package org.sleecharging.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.slee.facilities.TraceLevel;
import javax.slee.resource.InvalidConfigurationException;

import org.junit.jupiter.api.Test;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.fake.FakeRaContext;
import org.sleecharging.ratype.ChargingProvider;
import org.sleecharging.ratype.ChargingSessionActivity;
import org.sleecharging.ratype.InvalidSessionIdException;
import org.sleecharging.ratype.TaskRefusedException;

class ChargingResourceAdaptorLifecycleTest {

    private final RaFixture f = new RaFixture();

    @Test
    void verifyConfigurationRefusesABadPropertyByName() {
        assertThatThrownBy(() -> f.ra.raVerifyConfiguration(RaFixture.DESCRIPTOR.with("txTimerMillis", 0L)))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("txTimerMillis");
    }

    @Test
    void activeStartsTheTransportWithTheConfiguredRoSettings() throws Exception {
        f.activate(RaFixture.DESCRIPTOR.with("originHost", "ra1.example", "ocsPrimaryAddress", "10.1.1.1"));

        assertThat(f.environment.configs).hasSize(1);
        assertThat(f.environment.configs.get(0).ro().originHost()).isEqualTo("ra1.example");
        assertThat(f.environment.configs.get(0).ro().primary().address()).isEqualTo("10.1.1.1");
        assertThat(f.create().getNextRequestNumber()).isPositive();
        assertThat(f.context.tracer.at(TraceLevel.INFO)).anyMatch(m -> m.contains("active"));
    }

    @Test
    void theProviderRefusesWhileTheEntityIsNotActive() throws Exception {
        ChargingProvider provider = f.provider();

        assertThatThrownBy(() -> provider.createChargingSession("call", RaFixture.MERCHANT, RaFixture.ALICE,
                RaFixture.CORRELATION)).isInstanceOf(TaskRefusedException.class).hasMessageContaining("not active");
    }

    @Test
    void onlyTheChargingProviderInterfaceIsOffered() {
        assertThat(f.ra.getResourceAdaptorInterface(ChargingProvider.class.getName())).isInstanceOf(ChargingProvider.class);
        assertThat(f.ra.getResourceAdaptorInterface("java.lang.Runnable")).isNull();
    }

    @Test
    void aTransportThatCannotStartFailsRaActiveAndLeavesTheEntityInactive() throws Exception {
        f.environment.startFailure = new IllegalStateException("cannot bind 127.0.0.1:3868");

        assertThatThrownBy(f::activate).isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot bind");
        assertThat(f.environment.time.closed).isTrue();
        assertThatThrownBy(f::create).isInstanceOf(TaskRefusedException.class);
    }

    @Test
    void missingEventTypesFailRaActiveNamingTheEventTypeBeforeAnyTransportStarts() {
        f.context.events.uninstall("SessionAborted", FakeRaContext.VENDOR, FakeRaContext.VERSION);

        assertThatThrownBy(f::activate).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("org.sleecharging.charging.SessionAborted");
        assertThat(f.environment.transports).isEmpty();
    }

    @Test
    void stoppingReleasesEverySessionAndInactiveClosesTheTransport() throws Exception {
        f.activate();
        ChargingSessionActivity reserved = f.create();
        RaFixture.reserve(reserved, "10");
        ChargingSessionActivity idle = f.create();

        f.ra.raStopping();

        assertThat(f.ro().last().type()).isEqualTo(RequestType.TERMINATION);
        assertThat(f.context.endpoint.ended).containsExactlyInAnyOrder(f.handle(reserved), f.handle(idle));
        assertThat(f.context.endpoint.live).isEmpty();

        f.ra.activityEnded(f.context.endpoint.ended.get(0));
        f.ra.activityEnded(f.context.endpoint.ended.get(1));
        f.ra.raInactive();

        assertThat(f.ro().closed).isTrue();
        assertThat(f.environment.time.closed).isTrue();
        assertThatThrownBy(() -> reserved.getAmountLeft()).isInstanceOf(InvalidSessionIdException.class);
        assertThatThrownBy(f::create).isInstanceOf(TaskRefusedException.class);
    }

    @Test
    void aConfigurationUpdateTakesEffectAtTheNextActivation() throws Exception {
        f.activate();
        f.ra.raStopping();
        f.ra.raInactive();

        f.ra.raVerifyConfiguration(RaFixture.DESCRIPTOR.with("originHost", "ra2.example"));
        f.ra.raConfigurationUpdate(RaFixture.DESCRIPTOR.with("originHost", "ra2.example"));
        f.ra.raActive();

        assertThat(f.environment.configs).hasSize(2);
        assertThat(f.environment.configs.get(1).ro().originHost()).isEqualTo("ra2.example");
        assertThat(f.create()).isNotNull();
    }

    @Test
    void raActiveTwiceIsRefused() throws Exception {
        f.activate();

        assertThatThrownBy(f.ra::raActive).isInstanceOf(IllegalStateException.class).hasMessageContaining("already active");
    }
}
