package org.sleecharging.manager.sbb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import javax.slee.ActivityContextInterface;
import javax.slee.ActivityEndEvent;
import javax.slee.Address;
import javax.slee.AddressPlan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sleecharging.events.DebitUnitRes;
import org.sleecharging.events.DirectDebitUnitRes;
import org.sleecharging.events.ExtendLifeTimeErr;
import org.sleecharging.events.ExtendLifeTimeRes;
import org.sleecharging.events.ReauthRequest;
import org.sleecharging.events.ReserveUnitRes;
import org.sleecharging.events.SessionAborted;
import org.sleecharging.events.manager.ChargingInstanceEnded;
import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.manager.InstructionPending;
import org.sleecharging.events.manager.PendingReason;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.MerchantAccount;
import org.sleecharging.events.value.ReauthCause;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.manager.ChargingContext;
import org.sleecharging.manager.ChargingInstance;
import org.sleecharging.manager.ChargingManager;
import org.sleecharging.manager.ChargingState;
import org.sleecharging.manager.ChargingTerms;
import org.sleecharging.manager.ChargingType;
import org.sleecharging.manager.DuplicateNameException;
import org.sleecharging.manager.ImmediateChargingInstance;
import org.sleecharging.manager.ReportingReason;
import org.sleecharging.manager.internal.InstanceTable;
import org.sleecharging.manager.ReservationChargingInstance;
import org.sleecharging.manager.UnknownChargingInstanceException;
import org.sleecharging.manager.internal.TestClock;
import org.sleecharging.ratype.TaskRefusedException;

class ChargingManagerSbbTest {
    private static final VolumeSet SECONDS_60 = VolumeSet.of(Volume.of(60, Unit.SECONDS));
    private static final VolumeSet ONE = VolumeSet.of(Volume.of(1, Unit.NUMBER));
    private static final ChargingSessionId CS1 = ChargingSessionId.of("cs-1", 1);

    private final Fakes fakes = new Fakes();
    private final TestClock clock = new TestClock(5_000_000L);
    private final TestManagerSbb sbb = new TestManagerSbb();
    private ActivityContextInterface results;
    private ChargingManager manager;

    @BeforeEach
    void createEntity() {
        sbb.init(fakes.sbbContext(sbb), fakes.provider(), fakes.aciFactory(), fakes.timerFacility(), clock);
        sbb.sbbCreate();
        manager = (ChargingManager) fakes.sbbContext(sbb).getSbbLocalObject();
        results = fakes.aci("feature null activity").aci;
        sbb.configure(ChargingContext.builder(new Address(AddressPlan.E164, "4930123"), MerchantAccount.of("m", 1))
                .description("call").reservationTerms(ChargingTerms.of(SECONDS_60))
                .immediateTerms(ChargingTerms.of(ONE)).build(), results);
    }

    private Fakes.Session session() {
        return fakes.sessions.get(CS1);
    }

    private ActivityContextInterface sessionAci() {
        return fakes.aci(session().activity).aci;
    }

    private ReservationChargingInstance reservedFor60() throws Exception {
        ReservationChargingInstance call = sbb.createReservationInstance("call");
        call.doCreditReservation("setup");
        sbb.onReserveUnitRes(new ReserveUnitRes(CS1, 1, SECONDS_60, Duration.ofSeconds(30), 2), sessionAci());
        return call;
    }

    @Test
    void aCreditReservationOpensAnAttachedSessionAndReservesTheTerms() throws Exception {
        ReservationChargingInstance call = sbb.createReservationInstance("call");

        call.doCreditReservation("setup");

        assertThat(fakes.createdWith).containsExactly("[call, " + MerchantAccount.of("m", 1) + ", "
                + new Address(AddressPlan.E164, "4930123") + ", " + sbb.getChargingContext().getCorrelationId() + "]");
        assertThat(session().requests).containsExactly("reserveUnitReq [" + ApplicationDescriptionText.NONE + ", [], "
                + SECONDS_60 + ", 1]");
        assertThat(fakes.aci(session().activity).attached).hasSize(1);
        assertThat(call.isCreditCheckInProgress()).isTrue();
        assertThat(call.getChargingState()).isEqualTo(ChargingState.INITIAL);
        assertThat(sbb.takeFired()).isEmpty();
    }

    @Test
    void aNewTransactionReadsTheCmpFieldsAgainSoARollbackIsSeen() throws Exception {
        InstanceTable beforeCreate = sbb.getInstances();
        sbb.createReservationInstance("call");
        assertThat(manager.getChargingInstances()).hasSize(1);

        sbb.setInstances(beforeCreate); // what the SLEE restores when that transaction rolls back
        assertThat(manager.getChargingInstances()).as("the same transaction keeps what it read").hasSize(1);
        sbb.sbbLoad();

        assertThat(manager.getChargingInstances()).as("after sbbLoad (JSLEE 1.1 §6.3.4)").isEmpty();
        assertThat(sbb.createReservationInstance("call").getName()).isEqualTo("call");
    }

    @Test
    void theAnswerIsFiredOnTheResultActivityAndDeadlineTimersAreSet() throws Exception {
        ReservationChargingInstance call = reservedFor60();

        assertThat(sbb.takeFired()).containsExactly(new CreditResult("call", ChargingInstruction.CREDIT_RESERVATION,
                CreditOutcome.SUCCESS, SECONDS_60, null, 2001, "setup"));
        assertThat(sbb.firedOn).containsOnly(results);
        assertThat(call.getChargingState()).isEqualTo(ChargingState.MID);
        assertThat(call.getSessionCounters().getGranted(Unit.SECONDS)).isEqualTo(Amount.of(60, 0));
        assertThat(fakes.timers.values()).extracting(t -> t.time).containsExactlyInAnyOrder(5_025_000L, 5_060_000L);
        assertThat(fakes.timers.values()).extracting(t -> t.aci).containsOnly(sessionAci());
    }

    @Test
    void aLifetimeTimerExtendsTheLifetimeWithoutTheFeatureAndTheAnswerSetsTheNextOne() throws Exception {
        ReservationChargingInstance call = reservedFor60();
        sbb.takeFired();
        Fakes.Timer lifetime = fakes.timers.values().stream().filter(t -> t.time == 5_025_000L).findFirst().get();
        clock.advance(Duration.ofSeconds(25));
        fakes.timers.remove(lifetime.id);

        sbb.onTimerEvent(Fakes.timerEvent(lifetime), sessionAci());

        assertThat(sbb.takeFired()).as("the feature is not involved").isEmpty();
        assertThat(session().requests).last().isEqualTo("extendLifeTimeReq null");
        assertThat(call.getPendingChargingInstruction()).isEqualTo(ChargingInstruction.NONE);
        assertThat(call.isCreditCheckInProgress()).isFalse();

        sbb.onExtendLifeTimeRes(new ExtendLifeTimeRes(CS1, Duration.ofSeconds(35)), sessionAci());

        assertThat(fakes.timers.values()).extracting(t -> t.time).contains(5_025_000L + 30_000L);
        sbb.onTimerEvent(Fakes.timerEvent(lifetime), sessionAci());
        assertThat(sbb.takeFired()).as("a timer fires once").isEmpty();
        assertThat(session().requests).filteredOn(r -> r.startsWith("extendLifeTimeReq")).hasSize(1);
    }

    @Test
    void noExtensionFinalisesTheInstanceBeforeTheReservationExpires() throws Exception {
        ReservationChargingInstance call = reservedFor60();
        sbb.takeFired();
        Fakes.Timer lifetime = fakes.timers.values().stream().filter(t -> t.time == 5_025_000L).findFirst().get();
        clock.advance(Duration.ofSeconds(25));
        fakes.timers.remove(lifetime.id);
        sbb.onTimerEvent(Fakes.timerEvent(lifetime), sessionAci());

        sbb.onExtendLifeTimeErr(new ExtendLifeTimeErr(CS1, ChargingError.NO_EXTEND, "SLA maximum"), sessionAci());

        assertThat(session().requests).last().asString().startsWith("debitUnitReq").endsWith(", true, 2]");
        sbb.onDebitUnitRes(new DebitUnitRes(CS1, 2, VolumeSet.of(Volume.of(25, Unit.SECONDS)),
                VolumeSet.of(Volume.of(35, Unit.SECONDS)), 3), sessionAci());
        assertThat(session().requests).last().isEqualTo("release [3]");
        assertThat(call.getChargingState()).isEqualTo(ChargingState.FINAL);
        assertThat(sbb.takeFired()).singleElement().isInstanceOf(ChargingInstanceEnded.class);
        assertThat(fakes.timers).isEmpty();
    }

    @Test
    void theEndOfTheGrantsValidityTimeIsReportedAsSuchNotAsAReauthRequest() throws Exception {
        ReservationChargingInstance call = reservedFor60();
        sbb.takeFired();
        clock.advance(Duration.ofSeconds(30));

        sbb.onReauthRequest(new ReauthRequest(CS1, ReauthCause.VALIDITY_TIME, null, null, null), sessionAci());

        assertThat(sbb.takeFired()).containsExactly(new InstructionPending("call",
                ChargingInstruction.CREDIT_RESERVATION, PendingReason.VALIDITY_TIME_EXPIRED));
        assertThat(call.getPendingChargingInstruction()).isEqualTo(ChargingInstruction.CREDIT_RESERVATION);
        assertThat(call.getPendingReportingReason()).isEqualTo(ReportingReason.VALIDITY_TIME);
    }

    @Test
    void reauthThenReservationDebitsTheUsedTimeAndReservesAgain() throws Exception {
        ReservationChargingInstance call = reservedFor60();
        sbb.takeFired();
        clock.advance(Duration.ofSeconds(12));
        sbb.onReauthRequest(new ReauthRequest(CS1, null, null, null), sessionAci());
        assertThat(sbb.takeFired()).containsExactly(new InstructionPending("call",
                ChargingInstruction.CREDIT_RESERVATION, PendingReason.REAUTH_REQUEST));

        call.doCreditReservation("reauth");
        sbb.onDebitUnitRes(new DebitUnitRes(CS1, 2, VolumeSet.of(Volume.of(12, Unit.SECONDS)),
                VolumeSet.of(Volume.of(48, Unit.SECONDS)), 3), sessionAci());

        assertThat(session().requests).hasSize(3);
        assertThat(session().requests.get(1)).startsWith("debitUnitReq").endsWith(", false, 2]");
        assertThat(session().requests.get(2)).startsWith("reserveUnitReq").endsWith(", 3]");
    }

    @Test
    void finalisationReleasesTheSessionAndCancelsTheTimers() throws Exception {
        ReservationChargingInstance call = reservedFor60();
        sbb.takeFired();
        clock.advance(Duration.ofSeconds(10));

        call.doCreditFinalisation(ReportingReason.FINAL);
        sbb.onDebitUnitRes(new DebitUnitRes(CS1, 2, VolumeSet.of(Volume.of(10, Unit.SECONDS)),
                VolumeSet.of(Volume.of(0, Unit.SECONDS)), 3), sessionAci());

        assertThat(session().requests.get(1)).startsWith("debitUnitReq").endsWith(", true, 2]");
        assertThat(session().requests.get(2)).isEqualTo("release [3]");
        assertThat(sbb.takeFired()).containsExactly(new CreditResult("call", ChargingInstruction.CREDIT_FINALISATION,
                CreditOutcome.SUCCESS, null, VolumeSet.of(Volume.of(10, Unit.SECONDS)), 2001, ""));
        assertThat(call.getChargingState()).isEqualTo(ChargingState.FINAL);
        assertThat(fakes.timers).isEmpty();
    }

    @Test
    void anRaRefusalBecomesAFailureResultWithoutAnException() throws Exception {
        fakes.refuseCreate = new TaskRefusedException("sessions per hour reached");
        ReservationChargingInstance call = sbb.createReservationInstance("call");

        call.doCreditReservation("setup");

        assertThat(sbb.takeFired()).containsExactly(new CreditResult("call", ChargingInstruction.CREDIT_RESERVATION,
                CreditOutcome.FAILURE, null, null, 0, "setup"));
        assertThat(call.getChargingState()).isEqualTo(ChargingState.INITIAL);
        assertThat(call.isCreditCheckInProgress()).isFalse();
        assertThat(fakes.tracer).anyMatch(line -> line.contains("sessions per hour reached"));
    }

    @Test
    void anOcsAbortEndsTheInstance() throws Exception {
        ReservationChargingInstance call = reservedFor60();
        sbb.takeFired();

        sbb.onSessionAborted(new SessionAborted(CS1, null, "ASR"), sessionAci());

        assertThat(sbb.takeFired()).containsExactly(
                new ChargingInstanceEnded("call", "charging session aborted by the OCS: ASR"));
        assertThat(call.getChargingState()).isEqualTo(ChargingState.FINAL);
        assertThat(fakes.timers).isEmpty();

        sbb.onActivityEndEvent(new ActivityEndEvent() {
        }, sessionAci());
        assertThat(sbb.takeFired()).as("activity end after the abort changes nothing").isEmpty();
    }

    @Test
    void activityEndOfALiveSessionEndsTheInstance() throws Exception {
        reservedFor60();
        sbb.takeFired();

        sbb.onActivityEndEvent(new ActivityEndEvent() {
        }, sessionAci());

        assertThat(sbb.takeFired()).containsExactly(
                new ChargingInstanceEnded("call", "charging session activity ended"));
    }

    @Test
    void eventsOfSessionsNoInstanceUsesAreIgnored() {
        sbb.onReserveUnitRes(new ReserveUnitRes(ChargingSessionId.of("elsewhere", 1), 1, SECONDS_60,
                Duration.ofSeconds(30), 2), fakes.aci("x").aci);

        assertThat(sbb.takeFired()).isEmpty();
        assertThat(fakes.tracer).anyMatch(line -> line.contains("elsewhere"));
    }

    @Test
    void immediateInstanceDebitsAndReleases() throws Exception {
        ImmediateChargingInstance sms = sbb.createImmediateChargingInstance("sms");
        sms.doDirectDebit("submit");
        assertThat(session().requests).containsExactly("directDebitUnitReq [" + ApplicationDescriptionText.NONE
                + ", [], " + ONE + ", 1]");
        sbb.onDirectDebitUnitRes(new DirectDebitUnitRes(CS1, 1, ONE, 2), sessionAci());
        assertThat(sbb.takeFired()).containsExactly(new CreditResult("sms", ChargingInstruction.DIRECT_DEBIT,
                CreditOutcome.SUCCESS, null, ONE, 2001, "submit"));

        sms.release();

        assertThat(session().requests).endsWith("release [2]");
        assertThat(sms.getChargingState()).isEqualTo(ChargingState.FINAL);
        assertThat(sbb.takeFired()).isEmpty();
    }

    @Test
    void instancesHaveUniqueNamesAndAreFoundByName() throws Exception {
        sbb.createReservationInstance("a");
        sbb.createImmediateChargingInstance("b", ChargingTerms.of(ONE));

        assertThatThrownBy(() -> sbb.createImmediateChargingInstance("a"))
                .isInstanceOf(DuplicateNameException.class);
        assertThatThrownBy(() -> sbb.getChargingInstance("c"))
                .isInstanceOfSatisfying(UnknownChargingInstanceException.class,
                        e -> assertThat(e.getInstanceName()).isEqualTo("c"));
        ChargingInstance a = sbb.getChargingInstance("a");
        assertThat(a).isInstanceOf(ReservationChargingInstance.class);
        assertThat(a.getChargingType()).isEqualTo(ChargingType.RESERVATION);
        assertThat(a).isEqualTo(sbb.getChargingInstance("a"));
        assertThat(sbb.getChargingInstances()).extracting(ChargingInstance::getName).containsExactly("a", "b");
        assertThat(sbb.getChargingInstances().get(1)).isInstanceOf(ImmediateChargingInstance.class);
        assertThatThrownBy(() -> sbb.doDirectDebit("a", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void creatingInstancesNeedsAConfiguredManager() {
        TestManagerSbb fresh = new TestManagerSbb();
        fresh.init(fakes.sbbContext(fresh), fakes.provider(), fakes.aciFactory(), fakes.timerFacility(), clock);
        fresh.sbbCreate();

        assertThatThrownBy(() -> fresh.createReservationInstance("a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("configure");
        assertThatThrownBy(() -> fresh.createReservationInstance("a", ChargingTerms.of(SECONDS_60)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(fresh.getChargingInstances()).isEmpty();
    }

    @Test
    void removingTheManagerReleasesLiveSessionsAndCancelsTimers() throws Exception {
        reservedFor60();
        sbb.createReservationInstance("never-used");

        sbb.sbbRemove();

        assertThat(session().requests).endsWith("release [2]");
        assertThat(fakes.timers).isEmpty();
    }

    @Test
    void suspendAndResumeGoThroughTheHandle() throws Exception {
        ReservationChargingInstance call = reservedFor60();
        call.suspend();
        assertThat(call.isSuspended()).isTrue();
        assertThat(fakes.timers.values()).extracting(t -> t.time).containsExactly(5_025_000L);
        clock.advance(Duration.ofSeconds(4));
        call.resume(true);

        assertThat(call.isSuspended()).isFalse();
        assertThat(call.getSessionCounters().getSuspendedDuration()).isEqualTo(Duration.ofSeconds(4));
        assertThat(fakes.timers.values()).extracting(t -> t.time).containsExactlyInAnyOrder(5_025_000L, 5_064_000L);
    }

    /** toString of ApplicationDescription.NONE as the recorded request shows it. */
    private static final class ApplicationDescriptionText {
        static final String NONE = org.sleecharging.events.value.ApplicationDescription.NONE.toString();
    }
}
