package org.sleecharging.manager.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sleecharging.events.ReserveUnitErr;
import org.sleecharging.events.manager.CreditOutcome;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.FailureHandlingResult;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.manager.ChargingType;
import org.sleecharging.manager.ValueTypesTestAccess;

class SupportTest {

    @Test
    void onlyOcsRefusalsAreDenials() {
        for (ChargingError error : ChargingError.values()) {
            boolean refusal = error == ChargingError.ACCOUNT || error == ChargingError.USER
                    || error == ChargingError.PARAMETER || error == ChargingError.NO_DEBIT
                    || error == ChargingError.NO_CREDIT || error == ChargingError.RESERVATION_LIMIT;
            assertThat(Outcomes.outcomeOf(error)).as(error.name())
                    .isEqualTo(refusal ? CreditOutcome.DENIED : CreditOutcome.FAILURE);
        }
    }

    @Test
    void theResultCodeIsTheErrsFieldNotItsText() {
        assertThat(Outcomes.resultCodeOf(new ReserveUnitErr(Fixtures.SESSION, 1, ChargingError.USER, "unknown user", 2,
                FailureHandlingResult.NOT_APPLIED, 5030))).isEqualTo(5030);
        assertThat(Outcomes.resultCodeOf(new ReserveUnitErr(Fixtures.SESSION, 1, ChargingError.UNDEFINED,
                "OCS answered 4012", 2))).as("no Result-Code given, whatever the text says").isEqualTo(Outcomes.NO_ANSWER);
    }

    @Test
    void theTableKeepsCreationOrderFindsBySessionAndNeverChangesInPlace() throws Exception {
        Driver d = new Driver(ChargingType.RESERVATION, Fixtures.SECONDS_60);
        InstanceRecord b = d.engine.create("b", ChargingType.IMMEDIATE, Fixtures.ONE_SMS);
        d.apply(d.engine.doCreditReservation(d.record, null, "setup")).sent();

        InstanceTable one = InstanceTable.EMPTY.with(b);
        InstanceTable two = one.with(d.record);

        assertThat(one.size()).isEqualTo(1);
        assertThat(two.names()).containsExactly("b", "call");
        assertThat(two.bySession(Fixtures.SESSION)).isSameAs(d.record);
        assertThat(two.bySession(ChargingSessionId.of("other", 1))).isNull();
        assertThat(two.get("nope")).isNull();
        assertThat(two.contains("call")).isTrue();
        assertThat(two.with(b).names()).containsExactly("b", "call");

        InstanceTable read = ValueTypesTestAccess.roundTrip(two);
        assertThat(read.get("call").sessionId()).isEqualTo(Fixtures.SESSION);
        assertThat(read.get("call").outstanding()).isEqualTo(d.record.outstanding());
        assertThat(read.get("call").state()).isEqualTo(InstanceState.INITIAL_CHECK);
        d.apply(d.ra.answered(read.get("call"), Fixtures.reserved(1, Fixtures.seconds(60), Duration.ofSeconds(30))));
        assertThat(d.record.state()).as("a record read back from CMP goes on working").isEqualTo(InstanceState.MID);
    }

    @Test
    void theCoreHasNoSleeOrDiameterImports() throws IOException {
        Path core = Paths.get("src/main/java/org/sleecharging/manager/internal");
        List<String> offending = new ArrayList<String>();
        try (Stream<Path> files = Files.list(core)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.startsWith("import javax.slee") || line.startsWith("import org.jdiameter")
                            || line.startsWith("import org.sleecharging.ratype")) {
                        offending.add(file.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }
}
