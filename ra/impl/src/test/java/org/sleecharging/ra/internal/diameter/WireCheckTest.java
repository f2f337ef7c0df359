package org.sleecharging.ra.internal.diameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sleecharging.ra.internal.diameter.RoTestKit.ALICE;
import static org.sleecharging.ra.internal.diameter.RoTestKit.RG_VOICE;
import static org.sleecharging.ra.internal.diameter.RoTestKit.answer;
import static org.sleecharging.ra.internal.diameter.RoTestKit.assertReconciled;
import static org.sleecharging.ra.internal.diameter.RoTestKit.ratingGroup;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ocs.OcsSimulator;
import org.sleecharging.ocs.Rule;
import org.sleecharging.ra.engine.ro.ReportingReason;
import org.sleecharging.ra.engine.ro.RequestType;
import org.sleecharging.ra.engine.ro.RequestedAction;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.RoTransport;
import org.sleecharging.ra.engine.ro.Route;
import org.sleecharging.ra.engine.ro.ServiceUnits;

/**
 * The wire check of DESIGN.md ("must decode cleanly in Wireshark's Diameter dissector"): captures
 * one CCR of each CC-Request-Type (plus RAR/RAA and ASR/ASA) on loopback with dumpcap and asks
 * tshark for malformed packets and expert warnings. Skipped, with the reason, when tshark or
 * dumpcap is not installed or may not capture. The capture and tshark's verdicts are kept in
 * target/wire-check/.
 */
@Timeout(120)
class WireCheckTest {
    private static final Path OUT = Paths.get("target", "wire-check");

    @Test
    void everyCcrTypeDecodesCleanlyInWireshark() throws Exception {
        assumeTrue(runs("tshark", "-v"), "tshark is not installed: skipping the Wireshark wire check (see ra/impl/README.md)");
        assumeTrue(runs("dumpcap", "-v"), "dumpcap is not installed: skipping the Wireshark wire check (see ra/impl/README.md)");
        Files.createDirectories(OUT);
        Path capture = OUT.resolve("ro.pcapng").toAbsolutePath();
        Files.deleteIfExists(capture);

        OcsSimulator ocs = RoTestKit.ocs();
        int port = ocs.port();
        Path dumpcapLog = OUT.resolve("dumpcap.log");
        Process dumpcap = new ProcessBuilder("dumpcap", "-i", "lo", "-f", "tcp port " + port, "-w", capture.toString())
                .redirectErrorStream(true).redirectOutput(dumpcapLog.toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> !dumpcap.isAlive() || log(dumpcapLog).contains("Capturing on"));
            assumeTrue(dumpcap.isAlive(), "dumpcap cannot capture on lo here (" + log(dumpcapLog).trim()
                    + "): skipping the Wireshark wire check");
            converse(ocs);
        } finally {
            ocs.close();
            dumpcap.destroy();
            dumpcap.waitFor(10, TimeUnit.SECONDS);
        }

        String decodeAs = "tcp.port==" + port + ",diameter";
        List<String> types = tshark(capture, decodeAs, "diameter.cmd.code == 272 && diameter.flags.request == 1",
                "-T", "fields", "-e", "diameter.CC-Request-Type");
        List<String> problems = tshark(capture, decodeAs, "_ws.malformed || (diameter && _ws.expert.severity >= warning)");
        List<String> expert = tshark(capture, decodeAs, null, "-q", "-z", "expert");
        List<String> summary = tshark(capture, decodeAs, "diameter");
        Files.write(OUT.resolve("tshark-summary.txt"), summary, StandardCharsets.UTF_8);
        Files.write(OUT.resolve("tshark-problems.txt"), problems, StandardCharsets.UTF_8);
        Files.write(OUT.resolve("tshark-expert.txt"), expert, StandardCharsets.UTF_8);

        assertThat(types).as("CC-Request-Type of the captured CCRs (tshark)").contains("1", "2", "3", "4");
        List<String> reasons = tshark(capture, decodeAs, "diameter.3GPP-Reporting-Reason", "-T", "fields", "-e",
                "diameter.CC-Request-Type", "-e", "diameter.3GPP-Reporting-Reason");
        assertThat(reasons).as("CC-Request-Type and 3GPP Reporting-Reason (TS 32.299 §7.2.175) as tshark reads them")
                .contains("2\t4", "3\t2");
        assertThat(summary).as("RAR/RAA and ASR/ASA captured").anyMatch(l -> l.contains("cmd=Re-Auth"))
                .anyMatch(l -> l.contains("cmd=Abort-Session"));
        List<String> updates = tshark(capture, decodeAs, "diameter.cmd.code == 272 && diameter.flags.request == 1"
                + " && diameter.CC-Request-Type == 2", "-T", "fields", "-e", "diameter.flags.T", "-e", "diameter.endtoendid");
        List<String> withT = new ArrayList<String>();
        List<String> withoutT = new ArrayList<String>();
        for (String line : updates) {
            String[] f = line.split("\t");
            (f[0].equals("1") || f[0].equalsIgnoreCase("True") ? withT : withoutT).add(f[1]);
        }
        assertThat(withT).as("one CCR-U retransmitted with the T flag (tshark)").hasSize(1);
        assertThat(withoutT).as("the retransmission keeps the original's End-to-End id (RFC 6733 §3)").contains(withT.get(0));
        assertThat(problems).as("malformed packets or Diameter expert warnings reported by tshark").isEmpty();
    }

    /**
     * CCR-I, CCR-U, CCR-T of one session, a CCR-E, an RAR and an ASR from the OCS on a second
     * session, and a CCR-U whose answer the OCS drops, retransmitted with the T flag.
     */
    private static void converse(OcsSimulator ocs) throws Exception {
        RecordingNetworkListener listener = new RecordingNetworkListener();
        RoTransport client = JDiameterRoClient.start(RoTestKit.client(ocs).build(), listener);
        try {
            String sid = client.newSessionId();
            ServiceUnits minute = ServiceUnits.of(VolumeSet.of(Volume.of(1, Unit.MINUTES)));
            answer(client.send(RoRequest.builder(sid, RequestType.INITIAL, 0, ALICE).requested(minute)
                    .parameters(ratingGroup(RG_VOICE)).build()));
            answer(client.send(RoRequest.builder(sid, RequestType.UPDATE, 1, ALICE).requested(minute)
                    .used(ServiceUnits.of(VolumeSet.of(Volume.of(45, Unit.SECONDS)))).parameters(ratingGroup(RG_VOICE))
                    .reportingReason(ReportingReason.VALIDITY_TIME).build()));
            answer(client.send(RoRequest.builder(sid, RequestType.TERMINATION, 2, ALICE)
                    .used(ServiceUnits.of(VolumeSet.of(Volume.of(30, Unit.SECONDS)))).parameters(ratingGroup(RG_VOICE))
                    .reportingReason(ReportingReason.FINAL).build()));
            answer(client.send(RoRequest.builder(client.newSessionId(), RequestType.EVENT, 0, ALICE)
                    .requestedAction(RequestedAction.DIRECT_DEBITING).requested(ServiceUnits.of(Money.of("EUR", "0.25"))).build()));
            String other = client.newSessionId();
            answer(client.send(RoRequest.builder(other, RequestType.INITIAL, 0, ALICE)
                    .requested(ServiceUnits.of(Money.of("EUR", "1"))).build()));
            ocs.sendReAuthRequest(other).get(5, TimeUnit.SECONDS);
            ocs.sendAbortSession(other).get(5, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(5)).until(() -> listener.aborts.contains(other));
            answer(client.send(RoRequest.builder(other, RequestType.TERMINATION, 1, ALICE)
                    .used(ServiceUnits.of(Money.of("EUR", "0.10"))).build()));

            String retried = client.newSessionId();
            answer(client.send(RoRequest.builder(retried, RequestType.INITIAL, 0, ALICE)
                    .requested(ServiceUnits.of(Money.of("EUR", "1"))).build()));
            ocs.enqueue(Rule.dropAnswer().forRequestType(org.sleecharging.ocs.RequestType.UPDATE));
            RoRequest update = RoRequest.builder(retried, RequestType.UPDATE, 1, ALICE)
                    .used(ServiceUnits.of(Money.of("EUR", "0.40"))).requested(ServiceUnits.of(Money.of("EUR", "1"))).build();
            client.send(update);
            answer(client.send(update.retransmittedTo(Route.PRIMARY)));
            answer(client.send(RoRequest.builder(retried, RequestType.TERMINATION, 2, ALICE)
                    .used(ServiceUnits.of(Money.of("EUR", "0.20"))).build()));
            assertReconciled(ocs);
        } finally {
            client.close();
        }
    }

    private static List<String> tshark(Path capture, String decodeAs, String filter, String... more) throws Exception {
        List<String> command = new ArrayList<String>(Arrays.asList("tshark", "-n", "-r", capture.toString(), "-d", decodeAs));
        if (filter != null) {
            command.add("-Y");
            command.add(filter);
        }
        command.addAll(Arrays.asList(more));
        File out = Files.createTempFile(OUT, "tshark", ".txt").toFile();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("tshark finished: " + command).isTrue();
        List<String> lines = Files.readAllLines(out.toPath(), StandardCharsets.UTF_8);
        Files.delete(out.toPath());
        assertThat(p.exitValue()).as("tshark exit status for " + command + ": " + lines).isZero();
        lines.removeIf(l -> l.trim().isEmpty() || l.startsWith("Running as user"));
        return lines;
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String log(Path file) throws IOException {
        return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
    }
}
