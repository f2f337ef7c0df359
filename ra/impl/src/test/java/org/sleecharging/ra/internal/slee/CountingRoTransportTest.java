package org.sleecharging.ra.internal.slee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.sleecharging.ra.engine.ro.ChargedUser;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.RequestedAction;
import org.sleecharging.ra.engine.ro.ResultCode;
import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoNetworkListener;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.RoTransportException;
import org.sleecharging.ra.engine.ro.Route;
import org.sleecharging.ra.engine.ro.ServiceUnits;
import org.sleecharging.ra.fake.FakeEnvironment;
import org.sleecharging.ra.fake.FakeRoTransport;
import org.sleecharging.ra.fake.ManualTime;
import org.sleecharging.ra.fake.RaDescriptor;
import org.sleecharging.ra.fake.RecordingUsageAccess;

class CountingRoTransportTest {

    private static final ChargedUser ALICE = ChargedUser.of(ChargedUser.Type.END_USER_E164, "+4912345");

    private final ManualTime time = new ManualTime();
    private final RecordingUsageAccess usage = new RecordingUsageAccess();
    private final FakeRoTransport ro;
    private final CountingRoTransport counting;

    CountingRoTransportTest() throws Exception {
        FakeEnvironment environment = new FakeEnvironment(time);
        ro = (FakeRoTransport) environment.startTransport(ConfigParser.parse(RaDescriptor.load().defaults()),
                new RoNetworkListener() {
                    @Override
                    public void reauthRequested(String roSessionId) {
                    }

                    @Override
                    public void sessionAborted(String roSessionId) {
                    }

                    @Override
                    public void peerStateChanged(Route peer, boolean up) {
                    }
                });
        ro.holdAnswers();
        counting = new CountingRoTransport(ro, new UsageRecorder(usage.parameters()), time, time, Duration.ofSeconds(3));
    }

    private static RoRequest request(RequestType type) {
        RoRequest.Builder b = RoRequest.builder("ro;1", type, 0, ALICE);
        return (type == RequestType.EVENT ? b.requestedAction(RequestedAction.DIRECT_DEBITING) : b).build();
    }

    @Test
    void aRetransmissionToTheOtherPeerCountsAsAFailover() {
        counting.send(request(RequestType.UPDATE));
        counting.send(request(RequestType.UPDATE).retransmittedTo(Route.SECONDARY));

        assertThat(usage.counter("ccrUpdateSent")).isEqualTo(2);
        assertThat(usage.counter("failovers")).isEqualTo(1);
    }

    @Test
    void answersAreCountedByResultCodeClassWithTheirLatency() {
        counting.send(request(RequestType.INITIAL));
        counting.send(request(RequestType.EVENT));
        counting.send(request(RequestType.TERMINATION));
        time.advance(Duration.ofMillis(40));

        ro.answer(0, RoAnswer.success(ServiceUnits.NONE));
        ro.answer(1, RoAnswer.failure(ResultCode.USER_UNKNOWN));
        ro.answer(2, RoAnswer.failure(ResultCode.UNABLE_TO_DELIVER));

        assertThat(usage.counter("answersSuccess")).isEqualTo(1);
        assertThat(usage.counter("answersPermanentFailure")).isEqualTo(1);
        assertThat(usage.counter("answersProtocolError")).isEqualTo(1);
        assertThat(usage.samples("answerLatencyMillis")).isEqualTo(List.of(40L, 40L, 40L));
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void aFailedSendCountsAsMissingNotAsATxExpiry() {
        CompletableFuture<RoAnswer> stage = counting.send(request(RequestType.INITIAL)).toCompletableFuture();

        ro.pending.get(0).completeExceptionally(new RoTransportException("ro;1", "peer down", null));
        time.advance(Duration.ofSeconds(5));

        assertThat(stage).isCompletedExceptionally();
        assertThat(usage.counter("answersMissing")).isEqualTo(1);
        assertThat(usage.counter("txExpiries")).isZero();
    }

    @Test
    void noAnswerWithinTheTxTimerCountsOnceAsATxExpiry() {
        counting.send(request(RequestType.INITIAL));

        time.advance(Duration.ofMillis(2999));
        assertThat(usage.counter("txExpiries")).isZero();
        time.advance(Duration.ofMillis(1));
        ro.pending.get(0).completeExceptionally(new RoTransportException("ro;1", "late", null));

        assertThat(usage.counter("txExpiries")).isEqualTo(1);
        assertThat(usage.counter("answersMissing")).isZero();
    }
}
