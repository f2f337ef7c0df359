package org.sleecharging.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import javax.slee.facilities.AlarmLevel;
import javax.slee.facilities.TraceLevel;
import javax.slee.resource.ActivityFlags;
import javax.slee.resource.ActivityHandle;
import javax.slee.resource.EventFlags;
import javax.slee.resource.FailureReason;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.events.DebitAmountRes;
import org.sleecharging.events.ReauthRequest;
import org.sleecharging.events.ReserveAmountErr;
import org.sleecharging.events.ReserveAmountRes;
import org.sleecharging.events.SessionAborted;
import org.sleecharging.events.SessionEnded;
import org.sleecharging.events.value.SessionEndedCause;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.ResultCode;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.Route;
import org.sleecharging.ra.engine.ro.ServiceUnits;
import org.sleecharging.ra.fake.FakeRoTransport;
import org.sleecharging.ra.fake.RecordingSleeEndpoint;
import org.sleecharging.ra.fake.RecordingSleeEndpoint.StartKind;
import org.sleecharging.ra.fake.Serialization;
import org.sleecharging.ratype.ChargingSessionActivity;
import org.sleecharging.ratype.InvalidRequestNumberException;
import org.sleecharging.ratype.InvalidSessionIdException;
import org.sleecharging.ratype.InvalidUserException;

class ChargingFlowTest {

    private final RaFixture f = new RaFixture();
    private RecordingSleeEndpoint endpoint;

    @BeforeEach
    void activate() throws Exception {
        f.activate();
        endpoint = f.context.endpoint;
    }

    @Test
    void aSessionCreatedFromAnSbbStartsASuspendedActivityThatAsksForEndAndUnreferencedCallbacks() throws Exception {
        ChargingSessionActivity activity = f.create();

        RecordingSleeEndpoint.Started started = endpoint.started.get(0);
        assertThat(started.kind()).isEqualTo(StartKind.SUSPENDED);
        assertThat(started.activity()).isSameAs(activity);
        assertThat(ActivityFlags.hasRequestEndedCallback(started.flags())).isTrue();
        assertThat(ActivityFlags.hasRequestSleeActivityGCCallback(started.flags())).isTrue();
        assertThat(f.ra.getActivity(started.handle())).isSameAs(activity);
        assertThat(f.ra.getActivityHandle(activity)).isEqualTo(started.handle());
    }

    @Test
    void outsideATransactionTheActivityStartsPlainly() throws Exception {
        f.provider().createChargingSession("call", RaFixture.MERCHANT, RaFixture.BOB, RaFixture.CORRELATION);

        assertThat(endpoint.started.get(0).kind()).isEqualTo(StartKind.PLAIN);
    }

    @Test
    void handlesAreSerializableAndEqualByTheSessionId() throws Exception {
        ActivityHandle handle = f.handle(f.create());

        assertThat(Serialization.roundTrip(handle)).isEqualTo(handle).hasSameHashCodeAs(handle);
        assertThat(f.handle(f.create())).isNotEqualTo(handle);
        assertThat(f.ra.getActivityHandle("not an activity")).isNull();
        assertThat(f.ra.getActivity(new ActivityHandle() {
        })).isNull();
    }

    @Test
    void reserveDebitReleaseFiresEachAnswerOnItsOwnSessionsActivity() throws Exception {
        ChargingSessionActivity first = f.create();
        ChargingSessionActivity second = f.create();

        RaFixture.reserve(first, "10");
        RaFixture.reserve(second, "3");
        RaFixture.debit(first, "2.50");
        first.release(first.getNextRequestNumber());

        List<Object> onFirst = f.events(first);
        assertThat(onFirst).hasSize(2);
        assertThat(((ReserveAmountRes) onFirst.get(0)).getReservedAmount()).isEqualTo(RaFixture.eur("10"));
        assertThat(((DebitAmountRes) onFirst.get(1)).getReservedAmountLeft()).isEqualTo(RaFixture.eur("7.50"));
        assertThat(f.events(second)).singleElement().isInstanceOf(ReserveAmountRes.class)
                .extracting(e -> ((ReserveAmountRes) e).getSessionId()).isEqualTo(second.getSessionId());
        assertThat(endpoint.fired).allSatisfy(fired -> {
            assertThat(fired.type().getEventType().getName())
                    .isEqualTo("org.sleecharging.charging." + fired.event().getClass().getSimpleName());
            assertThat(EventFlags.hasRequestProcessingFailedCallback(fired.flags())).isTrue();
        });
        assertThat(f.ro().last().type()).isEqualTo(RequestType.TERMINATION);
        assertThat(f.ro().last().used()).isEqualTo(ServiceUnits.of(RaFixture.eur("2.50")));
        assertThat(endpoint.ended).containsExactly(f.context.endpoint.started.get(0).handle());
        assertThat(endpoint.live).containsOnlyKeys(f.handle(second));
    }

    @Test
    void aRefusedRequestThrowsTheRaTypeExceptionAndFiresNothing() throws Exception {
        ChargingSessionActivity activity = f.create();
        int wrong = activity.getNextRequestNumber() + 5;

        assertThatThrownBy(() -> activity.reserveAmountReq(RaFixture.APP,
                org.sleecharging.events.value.ChargingParameters.NONE, RaFixture.eur("1"), RaFixture.eur("0"), wrong))
                .isInstanceOf(InvalidRequestNumberException.class);
        assertThat(endpoint.fired).isEmpty();
        assertThat(f.ro().sent).isEmpty();
    }

    @Test
    void engineRefusalsKeepTheirParlayExceptionType() throws Exception {
        ChargingSessionActivity activity = f.create();

        assertThatThrownBy(() -> activity.reserveAmountReq(RaFixture.APP,
                org.sleecharging.events.value.ChargingParameters.NONE,
                org.sleecharging.events.value.Money.of("JPY", "100"), org.sleecharging.events.value.Money.of("JPY", "0"),
                activity.getNextRequestNumber())).isInstanceOf(org.sleecharging.ratype.InvalidCurrencyException.class);
        assertThatThrownBy(activity::getAmountLeft).isInstanceOf(org.sleecharging.ratype.TaskRefusedException.class);
        assertThatThrownBy(() -> activity.release(activity.getNextRequestNumber() + 1))
                .isInstanceOf(InvalidRequestNumberException.class);
        assertThat(endpoint.fired).isEmpty();
    }

    @Test
    void aUserAddressOfAnUnchargeablePlanIsRefused() {
        assertThatThrownBy(() -> f.provider().createChargingSession("call", RaFixture.MERCHANT,
                new javax.slee.Address(javax.slee.AddressPlan.IP, "10.0.0.1"), RaFixture.CORRELATION))
                .isInstanceOf(InvalidUserException.class).hasMessageContaining("IP");
        assertThat(endpoint.started).isEmpty();
    }

    @Test
    void anOcsReauthRequestBecomesAReauthRequestEventOnTheSessionsActivity() throws Exception {
        ChargingSessionActivity activity = f.create();
        RaFixture.reserve(activity, "10");

        f.ro().listener.reauthRequested(f.ro().sent.get(0).roSessionId());

        assertThat(f.events(activity)).last().isInstanceOf(ReauthRequest.class);
        assertThat(((ReauthRequest) endpoint.lastEvent()).getSessionId()).isEqualTo(activity.getSessionId());
    }

    @Test
    void aReauthRequestForAnUnknownRoSessionIsTraced() throws Exception {
        f.ro().listener.reauthRequested("nobody;1");

        assertThat(endpoint.fired).isEmpty();
        assertThat(f.context.tracer.at(TraceLevel.WARNING)).anyMatch(m -> m.contains("nobody;1"));
    }

    @Test
    void anOcsAbortEndsTheSessionFiresSessionAbortedThenEndsTheActivity() throws Exception {
        ChargingSessionActivity activity = f.create();
        RaFixture.reserve(activity, "10");
        ActivityHandle handle = f.handle(activity);

        f.ro().listener.sessionAborted(f.ro().sent.get(0).roSessionId());

        assertThat(endpoint.eventsOn(handle)).last().isInstanceOf(SessionAborted.class);
        assertThat(endpoint.ended).containsExactly(handle);
        assertThatThrownBy(() -> f.provider().getChargingSession(activity.getSessionId()))
                .isInstanceOf(InvalidSessionIdException.class);
    }

    @Test
    void aPeerGoingDownRaisesOneAlarmPerPeerAndComingBackClearsIt() {
        FakeRoTransport ro = f.ro();

        ro.peer(Route.PRIMARY, false);
        ro.peer(Route.PRIMARY, false);
        ro.peer(Route.SECONDARY, false);

        assertThat(f.context.alarms.active).hasSize(2);
        assertThat(f.context.alarms.activeAlarm("org.sleecharging.ra.OcsPeerDown", "PRIMARY").level())
                .isEqualTo(AlarmLevel.MAJOR);

        ro.peer(Route.PRIMARY, true);

        assertThat(f.context.alarms.activeAlarm("org.sleecharging.ra.OcsPeerDown", "PRIMARY")).isNull();
        assertThat(f.context.alarms.activeAlarm("org.sleecharging.ra.OcsPeerDown", "SECONDARY")).isNotNull();
        assertThat(f.context.tracer.at(TraceLevel.WARNING)).anyMatch(m -> m.contains("PRIMARY") && m.contains("down"));
        assertThat(f.context.tracer.at(TraceLevel.INFO)).anyMatch(m -> m.contains("PRIMARY") && m.contains("up"));
    }

    @Test
    void inactiveClearsThePeerAlarms() {
        f.ro().peer(Route.PRIMARY, false);

        f.ra.raStopping();
        f.ra.raInactive();

        assertThat(f.context.alarms.active).isEmpty();
    }

    @Test
    void usageParametersCountRequestsByTypeAndAnswersByClass() throws Exception {
        ChargingSessionActivity activity = f.create();
        RaFixture.reserve(activity, "10");
        f.ro().answerWith(request -> RoAnswer.failure(ResultCode.CREDIT_LIMIT_REACHED));
        RaFixture.reserve(activity, "5");
        f.ro().answerWith(FakeRoTransport.GRANT_ALL);
        activity.release(activity.getNextRequestNumber());

        assertThat(f.context.usage.counter("ccrInitialSent")).isEqualTo(1);
        assertThat(f.context.usage.counter("ccrUpdateSent")).isEqualTo(1);
        assertThat(f.context.usage.counter("ccrTerminationSent")).isEqualTo(1);
        assertThat(f.context.usage.counter("answersSuccess")).isEqualTo(2);
        assertThat(f.context.usage.counter("answersTransientFailure")).isEqualTo(1);
        assertThat(f.context.usage.samples("answerLatencyMillis")).hasSize(3);
    }

    @Test
    void anAnswerThatMissesTheTxTimerIsCountedAsATxExpiry() throws Exception {
        ChargingSessionActivity activity = f.create();
        f.ro().holdAnswers();
        RaFixture.reserve(activity, "10");

        f.environment.time.advance(Duration.ofMillis(10_000));

        assertThat(f.context.usage.counter("txExpiries")).isEqualTo(1);
        // Default CCFH TERMINATE (RFC 4006 §5.7): the SBB gets the Err, then the session ends.
        assertThat(f.events(activity)).first().isInstanceOf(ReserveAmountErr.class);
        assertThat(f.events(activity)).last().isInstanceOf(SessionEnded.class);

        f.ro().answer(0, RoAnswer.success(ServiceUnits.of(RaFixture.eur("10"))));

        assertThat(f.context.usage.counter("txExpiries")).isEqualTo(1);
        assertThat(f.context.usage.counter("answersSuccess")).isEqualTo(1);
    }

    @Test
    void anEventWhoseActivityIsGoneIsTracedAndCounted() throws Exception {
        ChargingSessionActivity activity = f.create();
        f.ro().holdAnswers();
        RaFixture.reserve(activity, "10");
        endpoint.live.remove(f.handle(activity));

        f.ro().answer(0, RoAnswer.success(ServiceUnits.of(RaFixture.eur("10"))));

        assertThat(f.context.usage.counter("eventsNotFired")).isEqualTo(1);
        assertThat(f.context.tracer.at(TraceLevel.SEVERE)).anyMatch(m -> m.contains("ReserveAmountRes"));
    }

    @Test
    void lifetimeExpiryFiresSessionEndedAndEndsTheActivity() throws Exception {
        ChargingSessionActivity activity = f.create();
        RaFixture.reserve(activity, "10");
        ActivityHandle handle = f.handle(activity);

        f.environment.time.advance(Duration.ofMinutes(5));

        assertThat(endpoint.eventsOn(handle)).last().isInstanceOf(SessionEnded.class)
                .extracting(e -> ((SessionEnded) e).getCause()).isEqualTo(SessionEndedCause.TIMER_EXPIRED);
        assertThat(endpoint.ended).containsExactly(handle);
    }

    @Test
    void aFailedUsageReportRaisesAnAlarmNamingTheSession() throws Exception {
        ChargingSessionActivity activity = f.create();
        RaFixture.reserve(activity, "10");
        RaFixture.debit(activity, "1");
        f.ro().answerWith(request -> RoAnswer.failure(ResultCode.UNABLE_TO_COMPLY));

        activity.release(activity.getNextRequestNumber());

        assertThat(f.context.alarms.activeAlarm("org.sleecharging.ra.UsageReportFailed", activity.getSessionId().id()))
                .isNotNull();
    }

    @Test
    void anUnreferencedActivityReleasesItsSession() throws Exception {
        ChargingSessionActivity activity = f.create();
        RaFixture.reserve(activity, "10");
        ActivityHandle handle = f.handle(activity);

        f.ra.activityUnreferenced(handle);

        assertThat(f.ro().last().type()).isEqualTo(RequestType.TERMINATION);
        assertThat(endpoint.ended).containsExactly(handle);
    }

    @Test
    void livenessQueriesEndOnlyActivitiesWhoseSessionIsGone() throws Exception {
        ChargingSessionActivity activity = f.create();
        ActivityHandle handle = f.handle(activity);

        f.ra.queryLiveness(handle);

        assertThat(endpoint.ended).isEmpty();

        activity.release(activity.getNextRequestNumber());
        endpoint.live.put(handle, activity); // as if the SLEE had lost the end of the activity
        f.ra.queryLiveness(handle);

        assertThat(endpoint.ended).containsExactly(handle, handle);
        assertThat(endpoint.live).isEmpty();
    }

    @Test
    void callbacksForForeignHandlesAreIgnored() {
        ActivityHandle foreign = new ActivityHandle() {
        };

        f.ra.queryLiveness(foreign);
        f.ra.activityEnded(foreign);
        f.ra.activityUnreferenced(foreign);
        f.ra.administrativeRemove(foreign);

        assertThat(endpoint.ended).isEmpty();
    }

    @Test
    void anActivityEndedByTheSleeReleasesItsSessionOnce() throws Exception {
        ChargingSessionActivity activity = f.create();
        RaFixture.reserve(activity, "10");
        ActivityHandle handle = f.handle(activity);
        endpoint.live.remove(handle);

        f.ra.activityEnded(handle);

        assertThat(f.ro().last().type()).isEqualTo(RequestType.TERMINATION);
        assertThat(f.ra.getActivity(handle)).isNull();
        assertThat(endpoint.ended).isEmpty();
    }

    @Test
    void administrativeRemoveReleasesTheSessionAndForgetsTheActivity() throws Exception {
        ChargingSessionActivity activity = f.create();
        RaFixture.reserve(activity, "10");
        ActivityHandle handle = f.handle(activity);

        f.ra.administrativeRemove(handle);

        assertThat(f.ro().last().type()).isEqualTo(RequestType.TERMINATION);
        assertThat(f.ra.getActivity(handle)).isNull();
        assertThatThrownBy(() -> activity.getAmountLeft()).isInstanceOf(InvalidSessionIdException.class);
    }

    @Test
    void anEventNoSbbProcessedIsTraced() throws Exception {
        ChargingSessionActivity activity = f.create();
        RaFixture.reserve(activity, "10");
        RecordingSleeEndpoint.Fired fired = endpoint.fired.get(0);

        f.ra.eventProcessingFailed(fired.handle(), fired.type(), fired.event(), null, null, fired.flags(),
                FailureReason.OTHER_REASON);

        assertThat(f.context.tracer.at(TraceLevel.WARNING)).anyMatch(m -> m.contains("ReserveAmountRes"));
    }
}
