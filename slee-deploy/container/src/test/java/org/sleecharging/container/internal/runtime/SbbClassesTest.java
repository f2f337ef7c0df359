package org.sleecharging.container.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.sleecharging.container.internal.runtime.Descriptors.initial;
import static org.sleecharging.container.internal.runtime.Descriptors.sbb;
import static org.sleecharging.container.internal.runtime.Descriptors.service;

import java.time.Duration;
import java.util.List;
import javax.slee.management.DeploymentException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.container.internal.model.AciAttributeAliasDescriptor;
import org.sleecharging.container.internal.model.InitialEventSelect;
import org.sleecharging.container.internal.model.SbbDescriptor;

class SbbClassesTest {
  private final RuntimeFixture f = new RuntimeFixture();

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void cmpFieldWithoutSetterIsRefusedNamingTheSbbAndMethod() {
    SbbDescriptor d = sbb("MissingSetter", BadSbbs.MissingSetter.class).cmp("count").build();

    assertThatThrownBy(() -> f.install(d)).isInstanceOf(DeploymentException.class)
        .hasMessageContaining("MissingSetter").hasMessageContaining("setCount");
  }

  @Test
  void eventHandlerWithTheWrongSignatureIsRefused() {
    SbbDescriptor d = sbb("WrongHandler", BadSbbs.WrongHandler.class)
        .events(initial("Ping", TestEvent.PING, InitialEventSelect.ACTIVITY_CONTEXT)).build();

    assertThatThrownBy(() -> f.install(d)).isInstanceOf(DeploymentException.class)
        .hasMessageContaining("WrongHandler").hasMessageContaining("onPing");
  }

  @Test
  void unknownAbstractMethodIsRefused() {
    SbbDescriptor d = sbb("UnknownAbstract", BadSbbs.UnknownAbstract.class)
        .events(initial("Ping", TestEvent.PING, InitialEventSelect.ACTIVITY_CONTEXT)).build();

    assertThatThrownBy(() -> f.install(d)).isInstanceOf(DeploymentException.class)
        .hasMessageContaining("doSomething");
  }

  @Test
  void usageParameterSetsComeFromTheSeamForTheSbbInItsService() throws Exception {
    SbbDescriptor d = sbb("Usage", UsageSbb.class)
        .usage(TestUsage.class)
        .events(initial("Ping", TestEvent.PING, InitialEventSelect.ACTIVITY_CONTEXT))
        .build();
    f.installActive(d, service("UsageSvc", d.id(), 0));

    f.runtime.startExternalActivity("a").fire(TestEvent.PING, new TestEvent("u", 0), null);

    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(Recorder.startingWith("usage:"))
        .hasSize(2)
        .anyMatch(s -> s.contains("UsageSvc") && s.contains("Usage") && s.endsWith(":null:incrementPings:1"))
        .anyMatch(s -> s.endsWith(":named:incrementPings:2")));
  }

  @Test
  void loopbackCallToANonReentrantSbbIsRefused() throws Exception {
    SbbDescriptor d = sbb("NotReentrant", AciSbb.class)
        .local(AciLocal.class)
        .aci(TestSbbAci.class)
        .events(initial("Ping", TestEvent.PING, InitialEventSelect.ACTIVITY_CONTEXT))
        .build();
    f.installActive(d, service("NotReentrantSvc", d.id(), 0));

    f.runtime.startExternalActivity("a").fire(TestEvent.PING, new TestEvent("loop", 0), null);

    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(Recorder.log())
        .anyMatch(s -> s.startsWith("aci:exceptionThrown:loopback call to hello")));
  }

  @Test
  void sbbAciAttributesAreTransactionalPerEntityAndAliasesAreShared() throws Exception {
    SbbDescriptor d = sbb("Aci", AciSbb.class)
        .reentrant()
        .local(AciLocal.class)
        .aci(TestSbbAci.class, new AciAttributeAliasDescriptor("sharedAlias", List.of("shared")))
        .events(initial("Ping", TestEvent.PING, InitialEventSelect.ACTIVITY_CONTEXT))
        .build();
    f.installActive(d, service("AciSvc", d.id(), 0));
    ExternalActivity a = f.runtime.startExternalActivity("a");

    a.fire(TestEvent.PING, new TestEvent("share", 0), null);
    a.fire(TestEvent.PING, new TestEvent("again", 0), null);

    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(Recorder.log())
        .contains("aci:share:1:shared-value:hello share:exploded:true"));
    // the local call's RuntimeException rolled the first transaction back: hits and alias undone
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(Recorder.log())
        .contains("aci:again:1:null:hello again:exploded:true"));
    // the root entity was created in the rolled-back transaction too, so it was created again
    // and, no longer existing, got no sbbRolledBack (§6.10)
    assertThat(Recorder.startingWith("aci:create")).hasSize(2);
    assertThat(Recorder.startingWith("aci:rolledBack")).isEmpty();
  }
}
