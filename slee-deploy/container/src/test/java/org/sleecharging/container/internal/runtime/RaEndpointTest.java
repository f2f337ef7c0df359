package org.sleecharging.container.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.sleecharging.container.internal.runtime.Descriptors.initial;
import static org.sleecharging.container.internal.runtime.Descriptors.receive;
import static org.sleecharging.container.internal.runtime.Descriptors.sbb;
import static org.sleecharging.container.internal.runtime.Descriptors.service;

import java.time.Duration;
import java.util.List;
import javax.slee.TransactionRequiredLocalException;
import javax.slee.resource.ActivityAlreadyExistsException;
import javax.slee.resource.ActivityFlags;
import javax.slee.resource.ActivityIsEndingException;
import javax.slee.resource.EventFlags;
import javax.slee.resource.FailureReason;
import javax.slee.resource.IllegalEventException;
import javax.slee.resource.SleeEndpoint;
import javax.slee.resource.UnrecognizedActivityHandleException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.container.internal.model.InitialEventSelect;
import org.sleecharging.container.internal.model.RaEntityBindingDescriptor;
import org.sleecharging.container.internal.model.RaTypeBindingDescriptor;
import org.sleecharging.container.internal.model.RaTypeDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.runtime.FakeRaEntity.Activity;
import org.sleecharging.container.internal.runtime.FakeRaEntity.Fireable;
import org.sleecharging.container.internal.runtime.FakeRaEntity.Handle;

class RaEndpointTest {
  private static final int CALLBACKS = EventFlags.REQUEST_PROCESSING_SUCCESSFUL_CALLBACK
      | EventFlags.REQUEST_PROCESSING_FAILED_CALLBACK | EventFlags.REQUEST_EVENT_UNREFERENCED_CALLBACK;

  private final RuntimeFixture f = new RuntimeFixture();
  private final FakeRaEntity entity = new FakeRaEntity();
  private SleeEndpoint endpoint;

  @BeforeEach
  void install() throws Exception {
    f.directory.links.put("test-link", entity);
    f.directory.entities.add(entity);
    RaTypeDescriptor raType = new RaTypeDescriptor(FakeRaEntity.TYPE, Descriptors.SOURCE, null,
        List.of(), List.of(Activity.class.getName()), TestAciFactory.class.getName(), null, List.of());
    SbbDescriptor sbb = sbb("RaSbb", RaSbb.class)
        .events(initial("Ping", TestEvent.PING, InitialEventSelect.ACTIVITY_CONTEXT),
            receive("Fail", TestEvent.FAIL), receive("Other", TestEvent.OTHER))
        .raBinding(new RaTypeBindingDescriptor(FakeRaEntity.TYPE, "slee/resources/test/acif",
            List.of(new RaEntityBindingDescriptor("slee/resources/test/provider", "test-link"))))
        .build();
    f.installActive(raType, sbb, service("RaSvc", sbb.id(), 0));
    endpoint = f.runtime.activityManager().endpoint(entity);
  }

  @AfterEach
  void close() {
    f.close();
  }

  private Handle start(String id, int flags) throws Exception {
    Handle h = new Handle(id);
    entity.activities.put(h, new Activity(id));
    endpoint.startActivity(h, new Activity(id), flags);
    return h;
  }

  private void fire(Handle h, String key, int flags) throws Exception {
    endpoint.fireEvent(h, new Fireable(TestEvent.PING), new TestEvent(key, 0), null, null, flags);
  }

  private static void awaitLog(String... entries) {
    await().atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(Recorder.log()).contains(entries));
  }

  @Test
  void successfulAndUnreferencedCallbacksFollowTheEventFlags() throws Exception {
    Handle h = start("a", ActivityFlags.NO_FLAGS);

    fire(h, "with-callbacks", CALLBACKS);
    fire(h, "without", EventFlags.NO_FLAGS);

    awaitLog("ra-sbb:ping:without", "ra:successful:with-callbacks", "ra:eventUnreferenced:with-callbacks");
    assertThat(Recorder.log()).doesNotContain("ra:successful:without", "ra:failed:with-callbacks")
        .noneMatch(s -> s.startsWith("ra:wrong-context-class-loader"));
  }

  @Test
  void failedCallbackWhenAHandlerThrows() throws Exception {
    Handle h = start("a", ActivityFlags.NO_FLAGS);
    fire(h, "create", EventFlags.NO_FLAGS);

    endpoint.fireEvent(h, new Fireable(TestEvent.FAIL), new TestEvent("bad", 0), null, null, CALLBACKS);

    awaitLog("ra:failed:bad:" + FailureReason.REASON_OTHER_REASON, "ra:eventUnreferenced:bad");
    assertThat(Recorder.log()).doesNotContain("ra:successful:bad");
  }

  @Test
  void activityEndedOnlyWithTheEndedCallbackFlagAndActivityRemovedAlways() throws Exception {
    Handle flagged = start("flagged", ActivityFlags.REQUEST_ENDED_CALLBACK);
    Handle plain = start("plain", ActivityFlags.NO_FLAGS);

    endpoint.endActivity(flagged);
    endpoint.endActivity(plain);

    awaitLog("ra:activityEnded:flagged", "ra:activityRemoved:flagged", "ra:activityRemoved:plain");
    assertThat(Recorder.log()).doesNotContain("ra:activityEnded:plain");
    assertThat(f.runtime.activityManager().activityCount(entity)).isZero();
  }

  @Test
  void activityUnreferencedWhenNoSbbIsAttachedAfterAnEvent() throws Exception {
    Handle h = start("lonely", ActivityFlags.REQUEST_ACTIVITY_UNREFERENCED_CALLBACK);

    endpoint.fireEvent(h, new Fireable(TestEvent.OTHER), new TestEvent("nobody", 0), null, null);

    awaitLog("ra:activityUnreferenced:lonely");
  }

  @Test
  void sbbFindsTheRaInterfaceAndAciFactoryInJndi() throws Exception {
    Handle first = start("first", ActivityFlags.NO_FLAGS);
    Handle second = start("second", ActivityFlags.NO_FLAGS);

    fire(first, "attach:second", EventFlags.NO_FLAGS);
    awaitLog("ra-sbb:provider:provider-of-fake-ra");
    endpoint.fireEvent(second, new Fireable(TestEvent.OTHER), new TestEvent("via-aci", 0), null, null);

    awaitLog("ra-sbb:other:via-aci");
  }

  @Test
  void transactedEventIsFiredAtCommitAndReportedFailedOnRollback() throws Exception {
    Handle h = start("tx", ActivityFlags.NO_FLAGS);
    var txm = f.runtime.transactionManager();

    txm.begin();
    endpoint.fireEventTransacted(h, new Fireable(TestEvent.PING), new TestEvent("rolled", 0), null,
        null, CALLBACKS);
    txm.rollback();
    txm.begin();
    endpoint.fireEventTransacted(h, new Fireable(TestEvent.PING), new TestEvent("committed", 0),
        null, null);
    txm.commit();

    awaitLog("ra-sbb:ping:committed",
        "ra:failed:rolled:" + FailureReason.REASON_FIRING_TRANSACTION_ROLLED_BACK);
    assertThat(Recorder.log()).doesNotContain("ra-sbb:ping:rolled");
  }

  @Test
  void endpointRefusesBadCallsWithTheSpecExceptions() throws Exception {
    Handle h = start("a", ActivityFlags.NO_FLAGS);
    Fireable ping = new Fireable(TestEvent.PING);

    assertThatThrownBy(() -> endpoint.startActivity(h, new Activity("a")))
        .isInstanceOf(ActivityAlreadyExistsException.class);
    assertThatThrownBy(() -> endpoint.fireEvent(new Handle("nope"), ping, new TestEvent("x", 0), null, null))
        .isInstanceOf(UnrecognizedActivityHandleException.class);
    assertThatThrownBy(() -> endpoint.fireEvent(h, ping, null, null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> endpoint.fireEvent(h, new Fireable(TestEvent.BLOCK), new TestEvent("x", 0), null, null))
        .isInstanceOf(IllegalEventException.class);
    assertThatThrownBy(() -> endpoint.fireEvent(h, ping, "not a TestEvent", null, null))
        .isInstanceOf(IllegalEventException.class);
    assertThatThrownBy(() -> endpoint.fireEventTransacted(h, ping, new TestEvent("x", 0), null, null))
        .isInstanceOf(TransactionRequiredLocalException.class);
    entity.active = false;
    assertThatThrownBy(() -> endpoint.startActivity(new Handle("b"), new Activity("b")))
        .isInstanceOf(IllegalStateException.class);
    entity.active = true;
    f.runtime.transactionManager().begin();
    endpoint.suspendActivity(h);
    endpoint.endActivity(h);
    assertThatThrownBy(() -> fire(h, "late", 0)).isInstanceOf(ActivityIsEndingException.class);
    f.runtime.transactionManager().commit();
    awaitLog("ra:activityRemoved:a");
  }
}
