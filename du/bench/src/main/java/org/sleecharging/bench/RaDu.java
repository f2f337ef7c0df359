package org.sleecharging.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The charging RA DU the RA leg deploys: the built {@code slee-charging-ra-du.jar} when it carries
 * the RA jar; otherwise (du/ra-du before the RA jar is added there) a copy with the built RA jar
 * added under {@code jars/}, its descriptor given the {@code library-ref} to the DU's jDiameter
 * library, and the DU descriptor naming it.
 */
final class RaDu {

    static final String DU_JAR = "slee-charging-ra-du.jar";
    static final String RA_JAR = "slee-charging-ra.jar";
    private static final String RA_ENTRY = "jars/" + RA_JAR;
    private static final String LIBRARY_ENTRY = "jars/jdiameter-library.jar";

    private RaDu() {
    }

    /** The directory holding the copied jars: -Dbench.du.directory, else du/bench/target/bench-dus or target/bench-dus. */
    static Path directory() {
        String configured = System.getProperty("bench.du.directory");
        if (configured != null) {
            return Path.of(configured);
        }
        Path fromRoot = Path.of("du/bench/target/bench-dus");
        return Files.isDirectory(fromRoot) ? fromRoot : Path.of("target/bench-dus");
    }

    /** The DU to deploy; {@code work} receives the completed copy if one is needed. */
    static Path prepare(Path work) throws IOException {
        Path du = require(directory().resolve(DU_JAR));
        Map<String, byte[]> entries = read(Files.readAllBytes(du));
        if (entries.containsKey(RA_ENTRY)) {
            return du;
        }
        byte[] library = entries.get(LIBRARY_ENTRY);
        if (library == null) {
            throw new IllegalStateException(du + " has no " + LIBRARY_ENTRY + " for the RA to reference");
        }
        String libraryXml = text(read(library).get("META-INF/library-jar.xml"), LIBRARY_ENTRY + "!/META-INF/library-jar.xml");
        String libraryRef = "    <library-ref>\n      <library-name>" + element(libraryXml, "library-name")
                + "</library-name>\n      <library-vendor>" + element(libraryXml, "library-vendor")
                + "</library-vendor>\n      <library-version>" + element(libraryXml, "library-version")
                + "</library-version>\n    </library-ref>\n";
        Map<String, byte[]> ra = read(Files.readAllBytes(require(directory().resolve(RA_JAR))));
        String raXml = text(ra.get("META-INF/resource-adaptor-jar.xml"), RA_JAR + "!/META-INF/resource-adaptor-jar.xml");
        if (!raXml.contains("<library-ref>")) {
            int at = raXml.indexOf("</resource-adaptor-type-ref>") + "</resource-adaptor-type-ref>".length();
            raXml = raXml.substring(0, at) + "\n" + libraryRef + raXml.substring(at).replaceFirst("^\\s*\n", "");
            ra.put("META-INF/resource-adaptor-jar.xml", raXml.getBytes(StandardCharsets.UTF_8));
        }
        entries.put(RA_ENTRY, write(ra));
        String duXml = text(entries.get("META-INF/deployable-unit.xml"), DU_JAR + "!/META-INF/deployable-unit.xml");
        int lastJar = duXml.lastIndexOf("</jar>") + "</jar>".length();
        duXml = duXml.substring(0, lastJar) + "\n  <jar>" + RA_ENTRY + "</jar>" + duXml.substring(lastJar);
        entries.put("META-INF/deployable-unit.xml", duXml.getBytes(StandardCharsets.UTF_8));
        Path completed = work.resolve("slee-charging-ra-du-with-ra.jar");
        Files.write(completed, write(entries));
        return completed;
    }

    private static Path require(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file.toAbsolutePath() + " missing: build first (mvn -B -ntp -q package -pl du/bench -am)"
                    + " or point -Dbench.du.directory at the copied jars");
        }
        return file;
    }

    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">\\s*([^<]+?)\\s*</" + name + ">").matcher(xml);
        if (!m.find()) {
            throw new IllegalStateException("library-jar.xml has no <" + name + ">");
        }
        return m.group(1);
    }

    private static String text(byte[] bytes, String what) {
        if (bytes == null) {
            throw new IllegalStateException("missing " + what);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> read(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), e.isDirectory() ? null : in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] write(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getValue() != null) {
                    out.write(e.getValue());
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
