package org.sleecharging.it.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.sleecharging.netsim.driver.ActionKind;
import org.sleecharging.netsim.driver.SbbAction;
import org.sleecharging.netsim.event.NetworkActivityId;
import org.sleecharging.ocs.LedgerEntry;
import org.sleecharging.ocs.RequestType;

/**
 * {@code EcurContentService} end to end (ECUR, TS 32.299 §6.3.5): content is allowed once its size
 * is reserved; what was delivered is debited, exactly; a failed delivery debits nothing and returns
 * the reservation.
 */
class EcurContentIT extends FeatureItBase {

    private static final long SIZE = 5_000;

    @Test
    void deliveredContentIsDebitedExactlyWhatWasDelivered() throws Exception {
        String subscriber = freshSubscriber();
        NetworkActivityId session = network.startDataSession(e164(subscriber), "internet");

        network.requestContent(session, "song-1", SIZE);
        SbbAction allowed = nextAction(session);
        assertThat(allowed.kind()).isEqualTo(ActionKind.CONTENT_ALLOWED);
        assertThat(allowed.contentId()).isEqualTo("song-1");
        nextRequest(subscriber, RequestType.INITIAL);
        network.contentDelivered(session, "song-1", 3_000);
        nextRequest(subscriber, RequestType.TERMINATION);
        network.endDataSession(session);
        awaitEnd(session);

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(taken().get(ChargeBook.OCTETS))
                .isEqualByComparingTo(BigDecimal.valueOf(3_000)));
    }

    @Test
    void contentWhoseDeliveryFailedIsNotCharged() throws Exception {
        String subscriber = freshSubscriber();
        NetworkActivityId session = network.startDataSession(e164(subscriber), "internet");

        network.requestContent(session, "video-1", SIZE);
        assertThat(nextAction(session).kind()).isEqualTo(ActionKind.CONTENT_ALLOWED);
        network.contentDeliveryFailed(session, "video-1", "radio link lost");
        nextRequest(subscriber, RequestType.TERMINATION);
        network.endDataSession(session);
        awaitEnd(session);

        assertThat(ocs.ledger().entries()).filteredOn(e -> e.account().equals(subscriber))
                .extracting(LedgerEntry::kind).contains(LedgerEntry.Kind.GRANT, LedgerEntry.Kind.RELEASE)
                .doesNotContain(LedgerEntry.Kind.DEBIT);
        assertThat(taken().get(ChargeBook.OCTETS)).isZero();
    }

    @Test
    void contentOfAnUnknownSubscriberIsDenied() throws Exception {
        NetworkActivityId session = network.startDataSession(e164(FeatureOcs.UNKNOWN), "internet");

        network.requestContent(session, "song-2", SIZE);

        assertThat(nextAction(session).kind()).isEqualTo(ActionKind.CONTENT_DENIED);
        network.endDataSession(session);
        awaitEnd(session);
    }
}
