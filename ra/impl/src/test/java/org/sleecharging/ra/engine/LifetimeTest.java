package org.sleecharging.ra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.ExtendLifeTimeErr;
import org.sleecharging.events.ExtendLifeTimeRes;
import org.sleecharging.events.ReserveAmountRes;
import org.sleecharging.events.SessionEnded;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.SessionEndedCause;
import org.sleecharging.ra.engine.ro.ReportingReason;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.ServiceUnits;
import org.sleecharging.ratype.InvalidSessionIdException;
import org.sleecharging.ratype.TaskRefusedException;

class LifetimeTest extends EngineFixture {

    @Test
    void aReservationGetsTheSlaDefaultLifetime() throws Exception {
        ChargingSessionId id = session();

        reserve(id, "10");
        time.advance(Duration.ofMinutes(1));

        assertThat(((ReserveAmountRes) listener.last()).getLifeTimeLeft()).isEqualTo(Duration.ofMinutes(5));
        assertThat(engine.lifeTimeLeft(id)).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void extendAddsTheIncrementUpToTheMaximum() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");

        engine.extendLifeTime(id);
        ExtendLifeTimeRes first = (ExtendLifeTimeRes) listener.last();
        engine.extendLifeTime(id);
        ExtendLifeTimeRes second = (ExtendLifeTimeRes) listener.last();
        engine.extendLifeTime(id);

        assertThat(first.getLifeTimeLeft()).isEqualTo(Duration.ofMinutes(10));
        assertThat(second.getLifeTimeLeft()).isEqualTo(Duration.ofMinutes(15));
        assertThat(((ExtendLifeTimeErr) listener.last()).getError()).isEqualTo(ChargingError.NO_EXTEND);
        assertThat(engine.lifeTimeLeft(id)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anIncrementPastTheMaximumExtendsUpToItThenExtendingIsRefused() throws Exception {
        EngineFixture f = new EngineFixture(defaultSla()
                .lifetime(Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(12)).build());
        ChargingSessionId id = f.session();
        f.reserve(id, "10");
        f.time.advance(Duration.ofMinutes(1));

        f.engine.extendLifeTime(id);
        ExtendLifeTimeRes full = (ExtendLifeTimeRes) f.listener.last();
        f.engine.extendLifeTime(id);
        ExtendLifeTimeRes partial = (ExtendLifeTimeRes) f.listener.last();
        f.engine.extendLifeTime(id);

        assertThat(full.getLifeTimeLeft()).isEqualTo(Duration.ofMinutes(9));
        assertThat(partial.getLifeTimeLeft()).isEqualTo(Duration.ofMinutes(11));
        ExtendLifeTimeErr refused = (ExtendLifeTimeErr) f.listener.last();
        assertThat(refused.getError()).isEqualTo(ChargingError.NO_EXTEND);
        assertThat(f.engine.lifeTimeLeft(id)).isEqualTo(Duration.ofMinutes(11));
        f.time.advance(Duration.ofMinutes(11).minusSeconds(1));
        assertThat(f.engine.isLive(id)).isTrue();
        f.time.advance(Duration.ofSeconds(1));
        assertThat(f.engine.isLive(id)).isFalse();
    }

    @Test
    void extendAndLifeTimeLeftWithoutAReservationAreRefused() throws Exception {
        ChargingSessionId id = session();

        assertThatThrownBy(() -> engine.extendLifeTime(id)).isInstanceOf(TaskRefusedException.class);
        assertThatThrownBy(() -> engine.lifeTimeLeft(id)).isInstanceOf(TaskRefusedException.class);
        assertThat(listener.events).isEmpty();
    }

    @Test
    void expiryFreesTheReservationTerminatesRoAndEndsTheSession() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");
        debit(id, "2", false);

        time.advance(Duration.ofMinutes(5));

        assertThat(listener.last()).isEqualTo(new SessionEnded(id, SessionEndedCause.TIMER_EXPIRED));
        assertThat(port.last().type()).isEqualTo(RequestType.TERMINATION);
        assertThat(port.last().used()).isEqualTo(ServiceUnits.of(eur("2")));
        assertThat(listener.ended).containsExactly(id);
        assertThatThrownBy(() -> engine.amountLeft(id)).isInstanceOf(InvalidSessionIdException.class);
    }

    @Test
    void anExtendedReservationDoesNotExpireAtTheOldTime() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");
        engine.extendLifeTime(id);

        time.advance(Duration.ofMinutes(6));

        assertThat(engine.isLive(id)).isTrue();
        time.advance(Duration.ofMinutes(4));
        assertThat(engine.isLive(id)).isFalse();
    }

    @Test
    void closingTheReservationStopsTheLifetimeTimer() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");
        debit(id, "1", true);

        time.advance(Duration.ofHours(1));

        assertThat(engine.isLive(id)).isTrue();
        assertThatThrownBy(() -> engine.lifeTimeLeft(id)).isInstanceOf(TaskRefusedException.class);
    }

    @Test
    void anElapsedValidityTimeAsksTheSbbToReauthorise() throws Exception {
        ChargingSessionId id = session();
        port.answerWith(request -> org.sleecharging.ra.engine.ro.RoAnswer.of(
                org.sleecharging.ra.engine.ro.ResultCode.SUCCESS, request.requested(), Duration.ofSeconds(30), null, null));
        reserve(id, "10");

        time.advance(Duration.ofSeconds(30));

        assertThat(listener.last()).isEqualTo(new org.sleecharging.events.ReauthRequest(id,
                org.sleecharging.events.value.ReauthCause.VALIDITY_TIME, null, null, null));
        assertThat(engine.isLive(id)).isTrue();
    }

    @Test
    void theReportAfterAnElapsedValidityTimeSaysSoAndTheOneAfterThatDoesNot() throws Exception {
        ChargingSessionId id = session();
        port.answerWith(request -> org.sleecharging.ra.engine.ro.RoAnswer.of(
                org.sleecharging.ra.engine.ro.ResultCode.SUCCESS, request.requested(), Duration.ofSeconds(30), null, null));
        reserve(id, "10");
        debit(id, "1", false);
        time.advance(Duration.ofSeconds(30));

        reserve(id, "10");
        RoRequest afterValidity = port.last();
        debit(id, "1", false);
        reserve(id, "10");
        RoRequest plain = port.last();
        debit(id, "1", false);
        engine.release(id, next(id));

        assertThat(afterValidity.type()).isEqualTo(RequestType.UPDATE);
        assertThat(afterValidity.reportingReason()).isEqualTo(ReportingReason.VALIDITY_TIME);
        assertThat(plain.type()).isEqualTo(RequestType.UPDATE);
        assertThat(plain.reportingReason()).isNull();
        assertThat(port.last().type()).isEqualTo(RequestType.TERMINATION);
        assertThat(port.last().reportingReason()).isEqualTo(ReportingReason.FINAL);
    }

    @Test
    void anOcsReauthRequestMakesTheNextReportOfItsLegForcedReauthorisation() throws Exception {
        ChargingSessionId id = session();
        reserve(id, "10");
        debit(id, "1", false);
        String roSession = port.last().roSessionId();

        assertThat(engine.onReauthRequest(roSession, null, null)).isTrue();
        reserve(id, "10");

        assertThat(listener.events).contains(new org.sleecharging.events.ReauthRequest(id,
                org.sleecharging.events.value.ReauthCause.OCS_REQUEST, "+4912345", null, null));
        assertThat(port.last().reportingReason()).isEqualTo(ReportingReason.FORCED_REAUTHORISATION);
        assertThat(engine.onReauthRequest("ro;unknown", null, null)).isFalse();
    }
}
