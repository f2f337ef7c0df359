package org.sleecharging.ocs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sleecharging.ocs.CreditControlAnswer;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.ResultCodes;

/** A live session's log, appended in place, keeps the same answers as the cache's immutable logs. */
class AnswerLogTest {

    private static CreditControlAnswer answer(long number, long resultCode) {
        return new CreditControlAnswer(resultCode, RequestType.UPDATE, number, List.of(), null, null);
    }

    @Test
    void keepsTheLast64AnswersAndALaterAnswerForANumberReplacesTheEarlierOne() {
        AnswerLog log = new AnswerLog();
        for (long n = 0; n < 70; n++) {
            log.add(n, answer(n, ResultCodes.SUCCESS));
        }
        log.add(69, answer(69, ResultCodes.CREDIT_LIMIT_REACHED));
        log.add(3, answer(3, ResultCodes.SUCCESS));

        assertThat(log.find(6)).isNull();
        assertThat(log.find(7)).isEqualTo(answer(7, ResultCodes.SUCCESS));
        assertThat(log.find(69)).isEqualTo(answer(69, ResultCodes.CREDIT_LIMIT_REACHED));
        assertThat(log.find(3)).isEqualTo(answer(3, ResultCodes.SUCCESS));
        byte[] handedOver = log.toBytes();
        assertThat(AnswerLog.find(handedOver, 69)).isEqualTo(answer(69, ResultCodes.CREDIT_LIMIT_REACHED));
        assertThat(AnswerLog.find(handedOver, 7)).isEqualTo(answer(7, ResultCodes.SUCCESS));
    }

    @Test
    void anEmptyLogHandsOverNothing() {
        assertThat(new AnswerLog().toBytes()).isEmpty();
        assertThat(new AnswerLog().find(0)).isNull();
    }
}
