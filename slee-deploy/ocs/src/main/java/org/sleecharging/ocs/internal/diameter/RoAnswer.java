package org.sleecharging.ocs.internal.diameter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdiameter.api.Avp;
import org.jdiameter.api.Request;
import org.jdiameter.common.impl.app.cca.JCreditControlAnswerImpl;
import org.sleecharging.ocs.CreditControlAnswer;

/**
 * A CCA event that tells the server session its Validity-Time without the session reading it
 * back out of the encoded message.
 *
 * <p>On every successful initial and update answer the stock server session looks for
 * Validity-Time at command level and, finding none, takes the first Multiple-Services-Credit-Control
 * apart with {@code getGrouped()} to read it there (RFC 4006 §5.1.1: the Tcc timer). Taking a
 * grouped AVP apart in jDiameter 1.7.1 also drops its encoded bytes, so the stack parsed the MSCC and
 * then encoded it again member by member on every such answer. The value the session wants is the
 * first MSCC's Validity-Time, which the simulator decided itself; this event returns it as an AVP
 * of its own (not part of the message) and the message stays as written. When the first MSCC has no
 * Validity-Time the stock lookup runs as before.
 */
final class RoAnswer extends JCreditControlAnswerImpl {
    private static final long serialVersionUID = 1L;
    /** One detached Validity-Time AVP per value; AVP values are only read. */
    private static final Map<Long, Avp> VALIDITY_TIMES = new ConcurrentHashMap<>();

    private final transient Avp validityTime;

    private RoAnswer(Request request, long resultCode, Avp validityTime) {
        super(request, resultCode);
        this.validityTime = validityTime;
    }

    static RoAnswer of(Request request, CreditControlAnswer answer) {
        Long seconds = answer.msccs().isEmpty() ? null : answer.msccs().get(0).validityTime();
        return new RoAnswer(request, answer.resultCode(), seconds == null ? null : validityTime(request, seconds));
    }

    private static Avp validityTime(Request request, long seconds) {
        Avp avp = VALIDITY_TIMES.get(seconds);
        if (avp == null) {
            // built in a throw-away answer: the AVP is never added to a message that is sent
            avp = request.createAnswer().getAvps().addAvp(Avps.VALIDITY_TIME, seconds, true, false, true);
            VALIDITY_TIMES.putIfAbsent(seconds, avp);
        }
        return avp;
    }

    @Override
    public Avp getValidityTimeAvp() {
        return validityTime != null ? validityTime : super.getValidityTimeAvp();
    }
}
