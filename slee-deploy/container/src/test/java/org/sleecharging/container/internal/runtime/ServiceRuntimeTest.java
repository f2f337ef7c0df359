package org.sleecharging.container.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.sleecharging.container.internal.runtime.Descriptors.initial;
import static org.sleecharging.container.internal.runtime.Descriptors.sbb;
import static org.sleecharging.container.internal.runtime.Descriptors.service;

import java.time.Duration;
import java.util.List;
import javax.slee.InvalidStateException;
import javax.slee.ServiceID;
import javax.slee.management.InvalidLinkNameBindingStateException;
import javax.slee.management.ServiceState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.container.internal.model.InitialEventSelect;
import org.sleecharging.container.internal.model.RaEntityBindingDescriptor;
import org.sleecharging.container.internal.model.RaTypeBindingDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.model.ServiceDescriptor;
import org.sleecharging.container.internal.runtime.activity.StandardEvents;
import org.sleecharging.container.internal.spi.ServiceLifecycleListener;

class ServiceRuntimeTest {
  private final RuntimeFixture f = new RuntimeFixture();
  private final SbbDescriptor sbb = sbb("ServiceSbb", ServiceSbb.class)
      .events(initial("ServiceStarted", StandardEvents.SERVICE_STARTED_1_1,
              InitialEventSelect.ACTIVITY_CONTEXT),
          initial("Ping", TestEvent.PING, InitialEventSelect.ACTIVITY_CONTEXT))
      .build();
  private final ServiceDescriptor svc = service("Started", sbb.id(), 0);

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void activationFiresServiceStartedAndDeactivationStopsOnceEntitiesAreGone() throws Exception {
    f.install(sbb, svc);
    ServiceID id = svc.id();
    f.runtime.services().addServiceLifecycleListener(new ServiceLifecycleListener() {
      @Override
      public void serviceActive(ServiceID s) {
        Recorder.record("listener:active:" + s.getName());
      }

      @Override
      public void serviceStopping(ServiceID s) {
        Recorder.record("listener:stopping:" + s.getName());
      }

      @Override
      public void serviceInactive(ServiceID s) {
        Recorder.record("listener:inactive:" + s.getName());
      }
    });
    assertThat(f.runtime.services().getState(id)).isEqualTo(ServiceState.INACTIVE);

    f.runtime.services().activate(id);
    ExternalActivity call = f.runtime.startExternalActivity("call");
    call.fire(TestEvent.PING, new TestEvent("p", 0), null);

    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(Recorder.log())
        .contains("service:started:Started", "service:ping:p", "listener:active:Started"));
    assertThat(f.runtime.services().getServices(ServiceState.ACTIVE)).containsExactly(id);
    assertThatThrownBy(() -> f.runtime.services().activate(id))
        .isInstanceOf(InvalidStateException.class);

    f.runtime.services().deactivate(id);
    await().atMost(Duration.ofSeconds(5)).until(() -> f.runtime.sbbEntityCount(id) == 1);
    assertThat(f.runtime.services().getState(id)).isEqualTo(ServiceState.STOPPING);

    call.end();
    await().atMost(Duration.ofSeconds(5))
        .until(() -> f.runtime.services().getState(id).equals(ServiceState.INACTIVE));
    assertThat(Recorder.startingWith("listener:"))
        .containsExactly("listener:active:Started", "listener:stopping:Started", "listener:inactive:Started");
  }

  @Test
  void activationIsRefusedWhileALinkNameIsUnbound() throws Exception {
    SbbDescriptor needsRa = sbb("NeedsRa", ServiceSbb.class)
        .events(initial("Ping", TestEvent.PING, InitialEventSelect.ACTIVITY_CONTEXT))
        .raBinding(new RaTypeBindingDescriptor(FakeRaEntity.TYPE, null,
            List.of(new RaEntityBindingDescriptor("slee/resources/x", "missing-link"))))
        .build();
    ServiceDescriptor needy = service("Needy", needsRa.id(), 0);
    f.install(needsRa, needy);

    assertThatThrownBy(() -> f.runtime.services().activate(needy.id()))
        .isInstanceOf(InvalidLinkNameBindingStateException.class)
        .hasMessageContaining("missing-link");
    assertThat(f.runtime.services().getState(needy.id())).isEqualTo(ServiceState.INACTIVE);

    f.directory.links.put("missing-link", new FakeRaEntity());
    f.runtime.services().activate(needy.id());
    assertThat(f.runtime.services().getState(needy.id())).isEqualTo(ServiceState.ACTIVE);
  }

  @Test
  void uninstallOfAnActiveServiceIsVetoed() throws Exception {
    f.installActive(sbb, svc);

    assertThatThrownBy(() -> f.runtime.deploymentListener().checkUninstall(List.of(
            new org.sleecharging.container.internal.spi.InstalledComponent<>(svc,
                getClass().getClassLoader(), new javax.slee.management.DeployableUnitID("test")))))
        .isInstanceOf(InvalidStateException.class);
  }
}
