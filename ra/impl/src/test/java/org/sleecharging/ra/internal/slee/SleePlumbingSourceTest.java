package org.sleecharging.ra.internal.slee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The RA logs only through the SLEE Tracer and stays thin (STYLE.md lessons 3 and 12). */
class SleePlumbingSourceTest {

    private static final Path[] PACKAGES = {Paths.get("src/main/java/org/sleecharging/ra/internal/slee"),
            Paths.get("src/main/java/org/sleecharging/ra")};

    @Test
    void noLoggingBesideTheTracerAndNoJDiameterTypes() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path source : sources()) {
            String text = Files.readString(source);
            for (String banned : new String[] {"System.out", "System.err", "org.slf4j", "java.util.logging",
                    "org.apache.log4j", "org.jdiameter", "printStackTrace"}) {
                if (text.contains(banned)) {
                    problems.add(source.getFileName() + " uses " + banned);
                }
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void classesStayBelowFourHundredLines() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path source : sources()) {
            long lines = Files.readAllLines(source).size();
            if (lines > 400) {
                problems.add(source.getFileName() + " has " + lines + " lines");
            }
        }

        assertThat(problems).isEmpty();
    }

    private static List<Path> sources() throws IOException {
        List<Path> result = new ArrayList<>();
        for (Path dir : PACKAGES) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(result::add);
            }
        }
        assertThat(result).hasSizeGreaterThan(15);
        return result;
    }
}
