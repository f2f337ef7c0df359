package org.sleecharging.netsim.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.slee.Address;
import javax.slee.AddressPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.netsim.CallActivity;
import org.sleecharging.netsim.CallState;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.ContentState;
import org.sleecharging.netsim.DataSessionActivity;
import org.sleecharging.netsim.IllegalNetworkTransitionException;
import org.sleecharging.netsim.MessageActivity;
import org.sleecharging.netsim.NetworkProvider;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.NetworkDriver;
import org.sleecharging.netsim.driver.NetworkDrivers;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.CallAttempt;
import org.sleecharging.netsim.event.CallParty;
import org.sleecharging.netsim.event.CallUsage;
import org.sleecharging.netsim.event.NetworkActivityId;
import org.sleecharging.netsim.event.NetworkEventType;

class NetworkSimulatorResourceAdaptorTest {
  private static final Address ALICE = new Address(AddressPlan.E164, "491700000001");
  private static final Address BOB = new Address(AddressPlan.E164, "491700000002");

  private final FakeRaContext fake = new FakeRaContext();
  private final NetworkSimulatorResourceAdaptor ra = new NetworkSimulatorResourceAdaptor();
  private NetworkDriver driver;

  @BeforeEach
  void activate() {
    ra.setResourceAdaptorContext(fake.context());
    ra.raActive();
    driver = NetworkDrivers.of(ra);
  }

  @Test
  void callFlowFiresEventsInOrderAndEndsAfterHangUp() {
    NetworkActivityId id = driver.startCall(ALICE, BOB);
    CallActivity call = (CallActivity) fake.startedActivities.get(0);
    call.connect();
    driver.answer(id);
    driver.reportCallUsage(id, Duration.ofSeconds(30));
    driver.hold(id);
    driver.resume(id);
    driver.hangUp(id, CallParty.CALLED);

    assertThat(fake.calls).containsExactly(
        "start netsim:" + id, "fire CallAttempt netsim:" + id, "fire CallAnswered netsim:" + id,
        "fire CallUsage netsim:" + id, "fire CallHeld netsim:" + id,
        "fire CallResumed netsim:" + id, "fire CallHungUp netsim:" + id, "end netsim:" + id);
    CallAttempt attempt = (CallAttempt) fake.firedEvents.get(0);
    assertThat(attempt.getCallingParty()).isEqualTo(ALICE);
    assertThat(attempt.getCalledParty()).isEqualTo(BOB);
    assertThat(((CallUsage) fake.firedEvents.get(2)).getElapsed()).hasSeconds(30);
    assertThat(call.getState()).isEqualTo(CallState.ENDED);
    assertThat(driver.actions()).containsExactly(
        new SbbAction(ActionKind.CALL_CONNECTED, id, Cause.NORMAL, ""));
  }

  @Test
  void answerBeforeTheSbbConnectedIsRefusedAndFiresNothing() {
    NetworkActivityId id = driver.startCall(ALICE, BOB);
    int before = fake.calls.size();

    assertThatThrownBy(() -> driver.answer(id))
        .isInstanceOf(IllegalNetworkTransitionException.class)
        .hasMessage(id + " in state ATTEMPTED: ANSWER not allowed");
    assertThat(fake.calls).hasSize(before);
  }

  @Test
  void sbbReleaseIsRecordedWithItsCauseAndEndsTheCall() throws Exception {
    NetworkActivityId id = driver.startCall(ALICE, BOB);
    CallActivity call = (CallActivity) fake.startedActivities.get(0);
    call.connect();
    driver.answer(id);
    CompletableFuture<SbbAction> first = driver.takeAction(id);
    CompletableFuture<SbbAction> second = driver.takeAction(id);

    call.release(Cause.CREDIT_EXHAUSTED);

    assertThat(first.get(1, TimeUnit.SECONDS).kind()).isEqualTo(ActionKind.CALL_CONNECTED);
    SbbAction released = second.get(1, TimeUnit.SECONDS);
    assertThat(released.kind()).isEqualTo(ActionKind.CALL_RELEASED);
    assertThat(released.cause()).isEqualTo(Cause.CREDIT_EXHAUSTED);
    assertThat(fake.calls).endsWith("end netsim:" + id);
    assertThatThrownBy(() -> driver.hangUp(id, CallParty.CALLING))
        .isInstanceOf(IllegalNetworkTransitionException.class);
  }

  @Test
  void activityEndedCallbackCompletesEndWaitersAndFailsPendingTakers() throws Exception {
    NetworkActivityId id = driver.startCall(ALICE, BOB);
    CompletableFuture<NetworkActivityId> ended = driver.whenEnded(id);
    CompletableFuture<SbbAction> taker = driver.takeAction(id);
    assertThat(driver.liveActivities()).containsExactly(id);

    driver.hangUp(id, CallParty.CALLING);
    ra.activityEnded(new SimHandle(id));

    assertThat(ended.get(1, TimeUnit.SECONDS)).isEqualTo(id);
    assertThat(taker).isCompletedExceptionally();
    assertThat(driver.liveActivities()).isEmpty();
    assertThat(driver.whenEnded(id)).isCompleted();
    assertThat(ra.getActivity(new SimHandle(id))).isNull();
  }

  @Test
  void actionsStayTakeableAfterTheActivityEnded() throws Exception {
    NetworkActivityId id = driver.submitMessage(ALICE, BOB, 2);
    MessageActivity message = (MessageActivity) fake.startedActivities.get(0);
    message.reject(Cause.CREDIT_DENIED);
    ra.activityEnded(new SimHandle(id));

    SbbAction action = driver.takeAction(id).get(1, TimeUnit.SECONDS);

    assertThat(action.kind()).isEqualTo(ActionKind.MESSAGE_REJECTED);
    assertThat(action.cause()).isEqualTo(Cause.CREDIT_DENIED);
    assertThat(driver.takeAction(id)).isCompletedExceptionally();
  }

  @Test
  void acceptedMessageIsDeliveredOnceAndEnds() {
    NetworkActivityId id = driver.submitMessage(ALICE, BOB, 1);
    MessageActivity message = (MessageActivity) fake.startedActivities.get(0);
    assertThatThrownBy(() -> driver.messageDelivered(id))
        .isInstanceOf(IllegalNetworkTransitionException.class);

    message.accept();
    driver.messageDelivered(id);

    assertThat(fake.calls).containsExactly("start netsim:" + id,
        "fire MessageSubmitted netsim:" + id, "fire MessageDelivered netsim:" + id,
        "end netsim:" + id);
    assertThatThrownBy(() -> driver.messageDeliveryFailed(id, "late"))
        .isInstanceOf(IllegalNetworkTransitionException.class);
  }

  @Test
  void contentRequestsHaveTheirOwnStates() {
    NetworkActivityId id = driver.startDataSession(ALICE, "internet");
    DataSessionActivity session = (DataSessionActivity) fake.startedActivities.get(0);
    driver.requestContent(id, "song-1", 4_000_000);
    driver.requestContent(id, "video-9", 90_000_000);

    session.allowContent("song-1");
    session.denyContent("video-9", Cause.CREDIT_DENIED);
    driver.contentDelivered(id, "song-1", 4_000_000);
    assertThatThrownBy(() -> driver.contentDelivered(id, "video-9", 1))
        .isInstanceOf(IllegalNetworkTransitionException.class)
        .hasMessage(id + " in state DENIED: DELIVER not allowed");
    driver.reportDataUsage(id, 1500);
    driver.endDataSession(id);

    assertThat(session.getContentState("song-1")).isEqualTo(ContentState.DELIVERED);
    assertThat(session.getContentState("video-9")).isEqualTo(ContentState.DENIED);
    assertThatThrownBy(() -> session.allowContent("video-9"))
        .isInstanceOf(IllegalNetworkTransitionException.class)
        .hasMessage(id + " in state ENDED: CONTENT not allowed");
    assertThat(fake.calls).containsExactly("start netsim:" + id,
        "fire DataSessionStarted netsim:" + id, "fire ContentRequested netsim:" + id,
        "fire ContentRequested netsim:" + id, "fire ContentDelivered netsim:" + id,
        "fire DataUsage netsim:" + id, "fire DataSessionEnded netsim:" + id, "end netsim:" + id);
    assertThat(driver.actions()).extracting(SbbAction::kind)
        .containsExactly(ActionKind.CONTENT_ALLOWED, ActionKind.CONTENT_DENIED);
  }

  @Test
  void handlesAndActivitiesMapBothWaysWhileLive() {
    NetworkActivityId id = driver.startCall(ALICE, BOB);
    Object activity = fake.startedActivities.get(0);

    assertThat(ra.getActivityHandle(activity)).isEqualTo(new SimHandle(id));
    assertThat(ra.getActivity(new SimHandle(id))).isSameAs(activity);
    assertThat(((NetworkProvider) ra.getResourceAdaptorInterface("x")).getActivity(id))
        .isSameAs(activity);
    assertThat(ra.getActivityHandle("not an activity")).isNull();
  }

  @Test
  void driverIsRefusedWhileTheEntityIsInactive() {
    NetworkActivityId id = driver.startCall(ALICE, BOB);
    ra.raStopping();

    assertThat(fake.calls).endsWith("end netsim:" + id);
    assertThatThrownBy(() -> NetworkDrivers.of(ra)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not active");
  }

  @Test
  void missingEventTypeFailsAtContextTimeNamingIt() {
    FakeRaContext partial =
        new FakeRaContext(NetworkEventType.MESSAGE_DELIVERED.eventTypeId());
    NetworkSimulatorResourceAdaptor other = new NetworkSimulatorResourceAdaptor();

    assertThatThrownBy(() -> other.setResourceAdaptorContext(partial.context()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("org.sleecharging.netsim.MessageDelivered");
  }

  @Test
  void wrongKindOfActivityIsRefused() {
    NetworkActivityId message = driver.submitMessage(ALICE, BOB, 1);

    assertThatThrownBy(() -> driver.answer(message)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message + " is not a Call");
  }
}
