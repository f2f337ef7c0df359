package org.sleecharging.ocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** STYLE.md lesson 3: the public API and the charging engine carry no Diameter types; only the glue does. */
class EngineIsPlainJavaTest {
    private static final Path SOURCES = Path.of("src/main/java/org/sleecharging/ocs");

    @Test
    void onlyTheDiameterGlueClientAndLoadToolImportJDiameter() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(SOURCES.resolve("internal/diameter")) && !p.startsWith(SOURCES.resolve("client")))
                    .filter(EngineIsPlainJavaTest::importsJDiameter)
                    .toList();
        }
        assertThat(offenders).isEmpty();
        assertThat(importsJDiameter(SOURCES.resolve("internal/diameter/DiameterServer.java"))).isTrue();
    }

    private static boolean importsJDiameter(Path file) {
        try {
            return Files.readString(file).contains("import org.jdiameter.");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
