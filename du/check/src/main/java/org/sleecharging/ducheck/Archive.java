package org.sleecharging.ducheck;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The file entries of a jar, read into memory (DU jars and the component jars nested in them). */
final class Archive {

  private final String label;
  private final Map<String, byte[]> entries;

  private Archive(String label, Map<String, byte[]> entries) {
    this.label = label;
    this.entries = entries;
  }

  static Archive read(Path jar) throws IOException {
    try (InputStream in = Files.newInputStream(jar)) {
      return read(jar.getFileName().toString(), in);
    }
  }

  static Archive read(String label, byte[] jar) throws IOException {
    return read(label, new ByteArrayInputStream(jar));
  }

  private static Archive read(String label, InputStream in) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.isDirectory()) {
          entries.put(e.getName(), zip.readAllBytes());
        }
      }
    }
    return new Archive(label, entries);
  }

  /** How problems name this archive, e.g. {@code ra-du.jar!/jars/ra.jar}. */
  String label() {
    return label;
  }

  /** How problems name an entry, e.g. {@code ra-du.jar!/META-INF/deployable-unit.xml}. */
  String label(String entry) {
    return label + "!/" + entry;
  }

  Optional<byte[]> entry(String name) {
    return Optional.ofNullable(entries.get(name));
  }

  Set<String> names() {
    return entries.keySet();
  }

  /** deployable-unit.xml and library-jar.xml name entries by URIs relative to the jar's root. */
  static String relative(String uri) {
    String path = uri.trim();
    while (path.startsWith("/") || path.startsWith("./")) {
      path = path.substring(path.startsWith("/") ? 1 : 2);
    }
    return path;
  }
}
