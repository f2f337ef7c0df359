package org.sleecharging.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.Money;
import org.sleecharging.ocs.MsccRequest;
import org.sleecharging.ocs.OcsConfig;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.ResultCodes;
import org.sleecharging.ocs.ServiceUnits;
import org.sleecharging.ocs.SubscriptionId;
import org.sleecharging.ocs.client.RawRoClient;

/**
 * The baseline: a raw jDiameter Ro client (stock client CCA session) sending what the RA sends for
 * reserve, two debits, release: CCR-INITIAL asking for the reservation, then, the debits being
 * booked locally, CCR-TERMINATION reporting them as used. Like the RA's release, the session is
 * done once the CCR-T is sent; its answer is checked when it comes.
 */
final class RawLeg implements Leg {

    static final Money RESERVE = Money.of("EUR", "10.00");
    static final Money USED = Money.of("EUR", "0.20");
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final RawRoClient client;
    private final AtomicLong terminationErrors = new AtomicLong();

    RawLeg(OcsEndpoint ocs) {
        client = RawRoClient.connect("bench-raw.bench.sleecharging.local", ocs.host(), ocs.realm(), "127.0.0.1",
                ocs.port());
    }

    @Override
    public void start(long id, String user, SessionMode mode, SessionListener listener) {
        String sessionId = client.newSessionId();
        long sent = System.nanoTime();
        client.send(initial(sessionId, user), ANSWER_TIMEOUT).whenComplete((cca, failure) -> {
            long nanos = System.nanoTime() - sent;
            if (failure != null || cca.resultCode() != ResultCodes.SUCCESS) {
                client.release(sessionId);
                listener.failed(failure != null ? failure.toString() : "CCA-I Result-Code " + cca.resultCode());
                return;
            }
            listener.reserved(nanos);
            if (mode == SessionMode.SCUR) {
                client.send(termination(sessionId, user), ANSWER_TIMEOUT).whenComplete((t, tFailure) -> {
                    if (tFailure != null || t.resultCode() != ResultCodes.SUCCESS) {
                        terminationErrors.incrementAndGet();
                    }
                });
                listener.done();
            }
        });
    }

    static CreditControlRequest initial(String sessionId, String user) {
        return new CreditControlRequest(sessionId, RequestType.INITIAL, 0, List.of(SubscriptionId.e164(user)),
                OcsConfig.RO_SERVICE_CONTEXT, null, List.of(new MsccRequest(null, null, ServiceUnits.of(RESERVE), null)),
                false, null);
    }

    static CreditControlRequest termination(String sessionId, String user) {
        return new CreditControlRequest(sessionId, RequestType.TERMINATION, 1, List.of(SubscriptionId.e164(user)),
                OcsConfig.RO_SERVICE_CONTEXT, null, List.of(new MsccRequest(null, null, null, ServiceUnits.of(USED))),
                false, null);
    }

    @Override
    public int ccrsPerSession(SessionMode mode) {
        return mode == SessionMode.SCUR ? 2 : 1;
    }

    @Override
    public String state() {
        return "-";
    }

    long terminationErrors() {
        return terminationErrors.get();
    }

    @Override
    public void close() {
        client.close();
    }
}
