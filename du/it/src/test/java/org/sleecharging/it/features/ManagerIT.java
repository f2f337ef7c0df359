package org.sleecharging.it.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sleecharging.events.manager.ChargingInstruction;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.manager.CreditResult;
import org.sleecharging.events.manager.InstructionPending;
import org.sleecharging.events.manager.PendingReason;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.manager.ChargingInstanceAlreadyFinalisedException;
import org.sleecharging.manager.CreditCheckAlreadyInProgressException;
import org.sleecharging.manager.DuplicateNameException;
import org.sleecharging.manager.InstructionAlreadyPendingException;
import org.sleecharging.manager.UnknownChargingInstanceException;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.Rule;

/**
 * The charging manager's API from a feature's point of view, in the real container against the
 * OCS: several named instances in one session, each on its own Ro session, and every refusal of
 * the API observed by the calling SBB ({@link ManagerDriverSbb}, driven step by step).
 */
class ManagerIT extends FeatureItBase {

    @Test
    void severalNamedInstancesChargeSeparatelyInOneSession() throws Exception {
        String subscriber = freshSubscriber();
        try (ManagerDriver feature = new ManagerDriver(slee, recorder, TIMEOUT)) {
            feature.runOk("start " + subscriber, "reservation video 1000", "reservation audio 500",
                    "immediate sms 2");

            feature.runOk("reserve video", "reserve audio", "debit sms");

            assertThat(granted(feature.next(CreditResult.class, "video"))).isEqualTo(octets(1000));
            assertThat(granted(feature.next(CreditResult.class, "audio"))).isEqualTo(octets(500));
            CreditResult sms = feature.next(CreditResult.class, "sms");
            assertThat(sms.getInstruction()).isEqualTo(ChargingInstruction.DIRECT_DEBIT);
            assertThat(sms.getUsedUnits()).isEqualTo(VolumeSet.of(Volume.of(2, Unit.NUMBER)));
            List<CreditControlRequest> opened = nextRequests(subscriber, 3);
            assertThat(opened).extracting(CreditControlRequest::requestType)
                    .containsExactlyInAnyOrder(RequestType.INITIAL, RequestType.INITIAL, RequestType.EVENT);
            assertThat(opened).extracting(CreditControlRequest::sessionId).doesNotHaveDuplicates();

            feature.runOk("report video 600", "report audio 400", "finalise video", "finalise audio", "release sms");

            CreditResult video = feature.next(CreditResult.class, "video");
            assertThat(video.getInstruction()).isEqualTo(ChargingInstruction.CREDIT_FINALISATION);
            assertThat(video.getUsedUnits()).isEqualTo(octets(600));
            assertThat(feature.next(CreditResult.class, "audio").getUsedUnits()).isEqualTo(octets(400));
            feature.runOk("end");
        }
        await().atMost(TIMEOUT).untilAsserted(() -> {
            assertThat(taken().get(ChargeBook.OCTETS)).isEqualByComparingTo(BigDecimal.valueOf(1000));
            assertThat(taken().get(ChargeBook.MESSAGE_UNITS)).isEqualByComparingTo(BigDecimal.valueOf(2));
        });
    }

    @Test
    void aSecondInstanceOfTheSameNameIsRefused() {
        try (ManagerDriver feature = new ManagerDriver(slee, recorder, TIMEOUT)) {
            feature.runOk("start " + freshSubscriber(), "reservation data 100");

            List<Object> outcomes = feature.run("reservation data 100", "immediate data 1");

            assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(DuplicateNameException.class,
                    e -> assertThat(e.getInstanceName()).isEqualTo("data")));
            feature.runOk("finalise data", "end");
        }
    }

    @Test
    void anInstanceThatWasNeverCreatedIsUnknown() {
        try (ManagerDriver feature = new ManagerDriver(slee, recorder, TIMEOUT)) {
            feature.runOk("start " + freshSubscriber());

            assertThat(feature.run("reserve nothing", "debit nothing"))
                    .allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(UnknownChargingInstanceException.class,
                            e -> assertThat(e.getInstanceName()).isEqualTo("nothing")));
            feature.runOk("end");
        }
    }

    @Test
    void oneCreditCheckAtATimePerInstance() {
        try (ManagerDriver feature = new ManagerDriver(slee, recorder, TIMEOUT)) {
            feature.runOk("start " + freshSubscriber(), "reservation data 100", "immediate sms 1");

            List<Object> outcomes = feature.run("reserve data", "reserve data", "debit sms", "refund sms");

            assertThat(outcomes.get(0)).isEqualTo(ManagerDriverSbb.OK);
            assertThat(outcomes.get(1)).isInstanceOf(CreditCheckAlreadyInProgressException.class);
            assertThat(outcomes.get(2)).isEqualTo(ManagerDriverSbb.OK);
            assertThat(outcomes.get(3)).isInstanceOf(CreditCheckAlreadyInProgressException.class);
            assertThat(feature.next(CreditResult.class, "data").getOutcome()).isEqualTo(CreditOutcome.SUCCESS);
            assertThat(feature.next(CreditResult.class, "sms").getOutcome()).isEqualTo(CreditOutcome.SUCCESS);
            feature.runOk("finalise data", "release sms");
            feature.next(CreditResult.class, "data");
            feature.runOk("end");
        }
    }

    @Test
    void aRefusedFurtherReservationLeavesOnlyTheFinalisationToDo() {
        String subscriber = freshSubscriber();
        try (ManagerDriver feature = new ManagerDriver(slee, recorder, TIMEOUT)) {
            feature.runOk("start " + subscriber, "reservation data 100", "reserve data");
            assertThat(feature.next(CreditResult.class, "data").getOutcome()).isEqualTo(CreditOutcome.SUCCESS);
            ocs.enqueue(Rule.answer(4012).forSubscriber(subscriber).forRequestType(RequestType.UPDATE));

            feature.runOk("reserve data");
            CreditResult refused = feature.next(CreditResult.class, "data");
            assertThat(refused.getOutcome()).isEqualTo(CreditOutcome.DENIED);
            assertThat(refused.getResultCode()).isEqualTo(4012);

            assertThat(feature.run("reserve data").get(0)).isInstanceOfSatisfying(
                    InstructionAlreadyPendingException.class,
                    e -> assertThat(e.getPendingInstruction()).isEqualTo(ChargingInstruction.CREDIT_FINALISATION));
            feature.runOk("finalise data");
            assertThat(feature.next(CreditResult.class, "data").getInstruction())
                    .isEqualTo(ChargingInstruction.CREDIT_FINALISATION);
            feature.runOk("end");
        }
    }

    @Test
    void aFinalisedInstanceTakesNoMoreInstructions() {
        try (ManagerDriver feature = new ManagerDriver(slee, recorder, TIMEOUT)) {
            feature.runOk("start " + freshSubscriber(), "reservation data 100", "reserve data");
            feature.next(CreditResult.class, "data");
            feature.runOk("report data 40", "finalise data");
            assertThat(feature.next(CreditResult.class, "data").getUsedUnits()).isEqualTo(octets(40));

            List<Object> outcomes = feature.run("reserve data", "finalise data");

            assertThat(outcomes).allSatisfy(o -> assertThat(o)
                    .isInstanceOfSatisfying(ChargingInstanceAlreadyFinalisedException.class,
                            e -> assertThat(e.getInstanceName()).isEqualTo("data")));
            feature.runOk("end");
        }
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(taken().get(ChargeBook.OCTETS))
                .isEqualByComparingTo(BigDecimal.valueOf(40)));
    }

    /*
     * Fails today (product bug): the manager's further reservation first debits what was used; when
     * that is the whole grant the RA ends the reservation (TS 29.198-12 §9.1, limit reached) and
     * refuses the reserveUnitReq that follows (P_TASK_REFUSED: VOLUME_RESERVED is not allowed in
     * state RESERVATION_ENDED), so the CreditResult is FAILURE with used [100 OCTETS] and no grant,
     * although the account has credit left. A call whose 60 s grant is used up is released the same
     * way (ScurCallIT, credit exhaustion).
     */
    @Test
    void aGrantThatIsUsedUpIsReservedAgain() {
        try (ManagerDriver feature = new ManagerDriver(slee, recorder, TIMEOUT)) {
            feature.runOk("start " + freshSubscriber(), "reservation data 100", "reserve data");
            feature.next(CreditResult.class, "data");

            feature.runOk("report data 100");
            InstructionPending pending = feature.next(InstructionPending.class, "data");
            assertThat(pending.getReason()).isEqualTo(PendingReason.QUOTA_EXHAUSTED);
            feature.runOk("reserve data");

            CreditResult again = feature.next(CreditResult.class, "data");
            assertThat(again.getOutcome()).as("%s", again).isEqualTo(CreditOutcome.SUCCESS);
            assertThat(again.getUsedUnits()).isEqualTo(octets(100));
            assertThat(again.getGrantedUnits()).isEqualTo(octets(100));
            feature.runOk("finalise data");
            feature.next(CreditResult.class, "data");
        }
    }

    private static VolumeSet octets(long n) {
        return VolumeSet.of(Volume.of(n, Unit.OCTETS));
    }

    private static VolumeSet granted(CreditResult r) {
        assertThat(r.getInstruction()).isEqualTo(ChargingInstruction.CREDIT_RESERVATION);
        assertThat(r.getOutcome()).as("outcome of %s", r).isEqualTo(CreditOutcome.SUCCESS);
        return r.getGrantedUnits();
    }
}
