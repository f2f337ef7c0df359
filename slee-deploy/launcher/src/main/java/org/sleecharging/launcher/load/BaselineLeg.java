package org.sleecharging.launcher.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.DataFormatException;
import org.sleecharging.ocs.load.LoadTool;
import org.sleecharging.ocs.load.ScurLoad;

/**
 * The raw jDiameter baseline of a load run: the OCS module's {@link LoadTool} leg "ocs" (a raw Ro
 * client doing SCUR sessions against a fresh OCS simulator, no SLEE) with the same duration,
 * warm-up and in-flight count, in a child JVM on this machine (jDiameter keeps JVM-wide state, and
 * the leg must not share the heap with the SLEE leg).
 */
public final class BaselineLeg {
  private static final String RESULT_PREFIX = "LOAD-RESULT ";

  private BaselineLeg() {}

  public static LoadResult run(LoadOptions options) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
        LoadTool.class.getName(), "--target", "ocs", "--emit-result",
        "--duration", Long.toString(options.duration().toSeconds()),
        "--warmup", Long.toString(options.warmup().toSeconds()),
        "--in-flight", Integer.toString(options.inFlight()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String encoded = null;
    StringBuilder tail = new StringBuilder();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        int at = line.indexOf(RESULT_PREFIX);
        if (at >= 0) {
          encoded = line.substring(at + RESULT_PREFIX.length());
        } else {
          tail.append(line).append('\n');
        }
      }
    }
    int exit = p.waitFor();
    if (exit != 0 || encoded == null) {
      throw new IllegalStateException("baseline leg failed (exit " + exit + "):\n" + tail);
    }
    return parse(encoded);
  }

  static LoadResult parse(String encoded) {
    try {
      ScurLoad.Result r = ScurLoad.Result.decode(encoded);
      return new LoadResult("raw jDiameter", "CCR", r.ccrs(), r.errors(), r.measured(), r.latencyNanos());
    } catch (DataFormatException | RuntimeException e) {
      throw new IllegalStateException("unreadable baseline result: " + encoded, e);
    }
  }
}
