package org.sleecharging.manager.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sleecharging.events.DebitUnitErr;
import org.sleecharging.events.DebitUnitRes;
import org.sleecharging.events.DirectCreditUnitErr;
import org.sleecharging.events.DirectCreditUnitRes;
import org.sleecharging.events.DirectDebitUnitErr;
import org.sleecharging.events.DirectDebitUnitRes;
import org.sleecharging.events.RequestOutcome;
import org.sleecharging.events.ReserveUnitErr;
import org.sleecharging.events.ReserveUnitRes;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.manager.ManagerEvent;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.FailureHandlingResult;
import org.sleecharging.manager.ChargingManagerException;
import org.sleecharging.manager.ChargingType;
import org.sleecharging.manager.ReportingReason;

/**
 * Drives one instance through long random sequences of feature calls, RA answers, refusals,
 * re-auths, deadlines, suspensions and session loss, checking after every step that the engine
 * only ever refuses with the API's exceptions, keeps one outstanding request with the RA's next
 * request number, and answers every check the feature started with exactly one CreditResult.
 */
class RandomWalkTest {
    private static final ChargingError[] ERRORS = ChargingError.values();
    private static final FailureHandlingResult[] HANDLINGS = FailureHandlingResult.values();

    private Driver d;
    private Random random;
    private int raNext;
    private int started;
    private int results;
    private RaStep awaiting;
    private final Set<InstanceState> visited = EnumSet.noneOf(InstanceState.class);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void invariantsHoldOnRandomWalks(long seed) throws Exception {
        random = new Random(seed);
        boolean reservation = seed % 3 != 0;
        int lives = 0;
        for (int i = 0; i < 2000; i++) {
            if (d == null || d.record.state().isFinal() && awaiting == null) {
                d = new Driver(reservation ? ChargingType.RESERVATION : ChargingType.IMMEDIATE,
                        reservation ? (seed % 2 == 0 ? Fixtures.SECONDS_60 : Fixtures.OCTETS_1000) : Fixtures.ONE_SMS);
                started = 0;
                results = 0;
                lives++;
            }
            d.clock.advance(Duration.ofMillis(random.nextInt(20_000)));
            if (awaiting != null && random.nextInt(3) == 0) {
                deliver();
            } else {
                featureOrNetworkActs();
            }
            check();
        }
        assertThat(visited).as("states visited with seed " + seed).containsAll(EnumSet.allOf(InstanceState.class));
        assertThat(lives).as("instances lived through with seed " + seed).isGreaterThan(5);
    }

    private void featureOrNetworkActs() throws Exception {
        try {
            switch (random.nextInt(12)) {
            case 0:
            case 1:
                d.apply(d.record.type() == ChargingType.RESERVATION
                        ? d.engine.doCreditReservation(d.record, null, "p")
                        : d.engine.doDirectDebit(d.record, "p"));
                started++;
                break;
            case 2:
                d.apply(d.record.type() == ChargingType.RESERVATION
                        ? d.engine.doCreditFinalisation(d.record, ReportingReason.FINAL)
                        : d.engine.doRefund(d.record, "p"));
                started++;
                break;
            case 3:
                d.record = random.nextBoolean() ? d.engine.suspend(d.record)
                        : d.engine.resume(d.record, random.nextBoolean());
                return;
            case 4:
                d.apply(d.ra.reauthRequested(d.record));
                return;
            case 5:
                DeadlineKind kind = DeadlineKind.values()[random.nextInt(2)];
                d.apply(d.ra.deadlineReached(d.record, kind, d.record.deadline(kind)));
                return;
            case 6:
                if (d.record.type() == ChargingType.RESERVATION) {
                    d.apply(d.engine.reportUsedUnits(d.record, d.record.terms().getUnits()));
                } else if (random.nextInt(4) == 0) {
                    d.apply(d.engine.release(d.record));
                }
                return;
            case 7:
                d.record = d.engine.clearInstruction(d.record);
                return;
            case 8:
                if (random.nextInt(8) == 0) {
                    d.apply(d.ra.sessionLost(d.record, "lost"));
                }
                return;
            default:
                return;
            }
        } catch (ChargingManagerException | IllegalArgumentException refused) {
            return;
        }
        if (d.step != null) {
            raActs();
        }
    }


    /** The RA takes the outstanding request: refuses it, or it is sent (and maybe answered). */
    private void raActs() {
        RaStep step = d.step;
        if (step.kind() == StepKind.OPEN_SESSION) {
            if (random.nextInt(8) == 0) {
                d.refused();
            } else {
                d.sent();
                raNext = Fixtures.SESSION.firstRequestNumber();
            }
            continueSynchronousSteps();
            return;
        }
        assertThat(step.requestNumber()).as("request number of " + step).isEqualTo(raNext);
        if (random.nextInt(10) == 0) {
            d.refused();
            continueSynchronousSteps();
            return;
        }
        if (step.kind() == StepKind.RELEASE) {
            d.sent();
            continueSynchronousSteps();
            return;
        }
        d.sent();
        awaiting = step;
        if (random.nextInt(4) != 0) {
            deliver();
        }
    }

    /** The RA answers the request it took; sometimes twice (a duplicate must change nothing). */
    private void deliver() {
        RaStep step = awaiting;
        awaiting = null;
        raNext = step.requestNumber() + 1;
        RequestOutcome answer = answer(step);
        d.answer(answer);
        if (random.nextInt(10) == 0) {
            InstanceRecord before = d.record;
            d.answer(answer);
            assertThat(d.record).isSameAs(before);
        }
        continueSynchronousSteps();
    }

    /** The SBB issues every decided request at once, in the same transaction. */
    private void continueSynchronousSteps() {
        if (d.step != null) {
            raActs();
        }
    }

    private RequestOutcome answer(RaStep step) {
        int rn = step.requestNumber();
        boolean ok = random.nextInt(4) != 0;
        ChargingError error = ERRORS[random.nextInt(ERRORS.length)];
        switch (step.kind()) {
        case RESERVE_UNITS:
            return ok ? new ReserveUnitRes(Fixtures.SESSION, rn, step.volumes(), Duration.ofSeconds(30), rn + 1)
                    : reserveErr(rn, error);
        case DEBIT_UNITS:
            return ok ? new DebitUnitRes(Fixtures.SESSION, rn, step.volumes(), step.volumes(), rn + 1)
                    : new DebitUnitErr(Fixtures.SESSION, rn, error, "", rn + 1);
        case DIRECT_DEBIT_UNITS:
            return ok ? new DirectDebitUnitRes(Fixtures.SESSION, rn, step.volumes(), rn + 1)
                    : new DirectDebitUnitErr(Fixtures.SESSION, rn, error, "", rn + 1);
        default:
            return ok ? new DirectCreditUnitRes(Fixtures.SESSION, rn, step.volumes(), rn + 1)
                    : new DirectCreditUnitErr(Fixtures.SESSION, rn, error, "", rn + 1);
        }
    }

    /** An OCS refusal, or no answer with whatever RFC 4006 §5.7 failure handling the RA applied. */
    private RequestOutcome reserveErr(int rn, ChargingError error) {
        FailureHandlingResult handling = HANDLINGS[random.nextInt(HANDLINGS.length)];
        return handling == FailureHandlingResult.NOT_APPLIED
                ? new ReserveUnitErr(Fixtures.SESSION, rn, error, "OCS answered 4012", rn + 1,
                        FailureHandlingResult.NOT_APPLIED, 4012)
                : new ReserveUnitErr(Fixtures.SESSION, rn, ChargingError.UNDEFINED, "no answer", rn + 1, handling);
    }

    private void check() {
        for (ManagerEvent event : d.takeEvents()) {
            if (event instanceof CreditResult) {
                results++;
            }
        }
        InstanceRecord r = d.record;
        visited.add(r.state());
        if (d.step == null) {
            assertThat(r.state().isCreditCheckInProgress()).as(r.toString()).isEqualTo(r.outstanding() != null);
        }
        if (r.state().isFinal()) {
            assertThat(r.outstanding()).isNull();
            assertThat(r.deadline(DeadlineKind.LIFETIME)).isEqualTo(-1);
            assertThat(r.deadline(DeadlineKind.QUOTA)).isEqualTo(-1);
        }
        if (!r.state().isCreditCheckInProgress()) {
            assertThat(results).as("one CreditResult per started check, " + r).isEqualTo(started);
        }
        if (r.isSuspended()) {
            assertThat(r.deadline(DeadlineKind.QUOTA)).isEqualTo(-1);
        }
    }
}
