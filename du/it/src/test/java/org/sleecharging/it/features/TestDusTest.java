package org.sleecharging.it.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleecharging.ducheck.DescriptorCheck;

/** The feature tests' own DU passes the same descriptor check as the built DUs. */
class TestDusTest {

    @TempDir Path tmp;

    @Test
    void theTestDuIsValidAgainstTheJainSleeDtds() throws Exception {
        Path dtds = Files.createDirectory(tmp.resolve("dtd"));
        for (String dtd : List.of("slee-deployable-unit_1_1.dtd", "slee-event-jar_1_1.dtd",
                "slee-sbb-jar_1_1.dtd", "slee-service-xml_1_1.dtd")) {
            try (InputStream in = getClass().getResourceAsStream("/org/sleecharging/container/dtd/" + dtd)) {
                Files.copy(in, dtds.resolve(dtd));
            }
        }
        Path du = tmp.resolve("feature-test-du.jar");
        TestDus.du().as(ZipExporter.class).exportTo(du.toFile());
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        int checked = new DescriptorCheck(dtds, new PrintStream(log, true, StandardCharsets.UTF_8))
                .check(List.of(du));

        assertThat(checked).as(log.toString(StandardCharsets.UTF_8)).isEqualTo(4);
    }
}
