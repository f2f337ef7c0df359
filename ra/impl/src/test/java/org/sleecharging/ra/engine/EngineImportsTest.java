package org.sleecharging.ra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** STYLE.md lesson 3: the engine has no SLEE and no Diameter types; the RA class translates at the edge. */
class EngineImportsTest {

    private static final Path ENGINE_SOURCES = Paths.get("src/main/java/org/sleecharging/ra/engine");

    /** Code lines only (imports and fully qualified names); the package documentation may name them. */
    @Test
    void engineSourcesNeverReferToJavaxSleeOrJdiameter() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(ENGINE_SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        List<String> offences = new ArrayList<String>();
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                boolean comment = line.startsWith("*") || line.startsWith("/*") || line.startsWith("//");
                if (!comment && (line.contains("javax.slee") || line.contains("org.jdiameter"))) {
                    offences.add(source + ":" + (i + 1) + ": " + line.trim());
                }
            }
        }

        assertThat(sources).hasSizeGreaterThan(20);
        assertThat(offences).isEmpty();
    }
}
