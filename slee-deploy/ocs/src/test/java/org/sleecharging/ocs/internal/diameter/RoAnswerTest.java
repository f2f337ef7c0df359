package org.sleecharging.ocs.internal.diameter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jdiameter.client.api.IMessage;
import org.jdiameter.client.impl.parser.MessageParser;
import org.junit.jupiter.api.Test;
import org.sleecharging.ocs.CreditControlAnswer;
import org.sleecharging.ocs.MsccAnswer;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.ServiceUnits;
import org.sleecharging.ocs.UnitType;

/** The server session learns the first MSCC's Validity-Time from the event; the message is not touched. */
class RoAnswerTest {
    private final MessageParser parser = new MessageParser();

    private IMessage request() {
        IMessage m = parser.createEmptyMessage(272, 4);
        m.setRequest(true);
        m.getAvps().addAvp(Avps.SESSION_ID, "s;1", false);
        return m;
    }

    @Test
    void validityTimeComesFromTheFirstMsccWithoutAddingItToTheMessage() throws Exception {
        CreditControlAnswer answer = new CreditControlAnswer(2001, RequestType.UPDATE, 1,
                List.of(new MsccAnswer(1L, null, 2001, ServiceUnits.of(UnitType.TIME, 60), 300L, false)), null, null);
        RoAnswer cca = RoAnswer.of(request(), answer);
        RoCodec.encodeAnswer(cca.getMessage().getAvps(), answer);

        assertThat(cca.getValidityTimeAvp().getUnsigned32()).isEqualTo(300);
        assertThat(cca.getMessage().getAvps().getAvp(Avps.VALIDITY_TIME)).isNull();
        IMessage sent = parser.createMessage(parser.encodeMessage((IMessage) cca.getMessage()));
        assertThat(RoCodec.decodeAnswer(sent)).isEqualTo(answer);
    }

    @Test
    void withoutAValidityTimeTheMessageIsAskedAsBefore() throws Exception {
        CreditControlAnswer answer = new CreditControlAnswer(2001, RequestType.UPDATE, 1,
                List.of(new MsccAnswer(1L, null, 2001, null, null, false)), null, null);
        RoAnswer cca = RoAnswer.of(request(), answer);
        RoCodec.encodeAnswer(cca.getMessage().getAvps(), answer);

        assertThat(cca.getValidityTimeAvp()).isNull();
    }
}
