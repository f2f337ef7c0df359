package org.sleecharging.it.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.sleecharging.netsim.Cause;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.NetworkActivityId;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.LedgerEntry;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.RequestedAction;

/**
 * {@code IecMessageService} end to end (IEC, TS 32.299 §6.3.4): a message is debited directly
 * (CCR-EVENT, DIRECT_DEBITING) before it is accepted, one unit per segment; a failed delivery is
 * refunded (REFUND_ACCOUNT); a subscriber the OCS does not know (5030) or without credit (4012) has
 * the message rejected.
 */
class IecMessageIT extends FeatureItBase {

    private static final String RECIPIENT = "491529999998";

    @Test
    void aMessageIsDebitedPerSegmentBeforeItIsAccepted() throws Exception {
        String sender = freshSubscriber();

        NetworkActivityId message = network.submitMessage(e164(sender), e164(RECIPIENT), 3);

        assertThat(nextAction(message).kind()).isEqualTo(ActionKind.MESSAGE_ACCEPTED);
        CreditControlRequest debit = nextRequest(sender, RequestType.EVENT);
        assertThat(debit.requestedAction()).isEqualTo(RequestedAction.DIRECT_DEBITING);
        network.messageDelivered(message);
        awaitEnd(message);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(taken().get(ChargeBook.MESSAGE_UNITS))
                .isEqualByComparingTo(BigDecimal.valueOf(3)));
    }

    @Test
    void aMessageWhoseDeliveryFailedIsRefunded() throws Exception {
        String sender = freshSubscriber();
        NetworkActivityId message = network.submitMessage(e164(sender), e164(RECIPIENT), 2);
        assertThat(nextAction(message).kind()).isEqualTo(ActionKind.MESSAGE_ACCEPTED);

        network.messageDeliveryFailed(message, "recipient unreachable");

        awaitEnd(message);
        nextRequest(sender, RequestType.EVENT);
        assertThat(nextRequest(sender, RequestType.EVENT).requestedAction()).isEqualTo(RequestedAction.REFUND_ACCOUNT);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(ocs.ledger().entries())
                .filteredOn(e -> e.account().equals(sender)).extracting(LedgerEntry::kind)
                .containsExactly(LedgerEntry.Kind.DEBIT, LedgerEntry.Kind.REFUND));
        assertThat(taken().get(ChargeBook.MESSAGE_UNITS)).isZero();
    }

    @Test
    void aMessageOfASubscriberTheOcsDoesNotKnowIsRejected() throws Exception {
        NetworkActivityId message = network.submitMessage(e164(FeatureOcs.UNKNOWN), e164(RECIPIENT), 1);

        SbbAction rejected = nextAction(message);

        assertThat(rejected.kind()).isEqualTo(ActionKind.MESSAGE_REJECTED);
        assertThat(rejected.cause()).isEqualTo(Cause.USER_UNKNOWN);
        awaitEnd(message);
    }

    @Test
    void aMessageOfASubscriberWithoutCreditIsRejected() throws Exception {
        NetworkActivityId message = network.submitMessage(e164(FeatureOcs.BROKE), e164(RECIPIENT), 1);

        SbbAction rejected = nextAction(message);

        assertThat(rejected.kind()).isEqualTo(ActionKind.MESSAGE_REJECTED);
        assertThat(rejected.cause()).isEqualTo(Cause.CREDIT_DENIED);
        awaitEnd(message);
        assertThat(ocs.ledger().entries()).noneMatch(e -> e.account().equals(FeatureOcs.BROKE));
    }
}
