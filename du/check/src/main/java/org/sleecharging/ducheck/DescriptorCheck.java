package org.sleecharging.ducheck;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Build-time check of deployable units: every SLEE descriptor of every DU given (deployable-unit.xml,
 * each component jar's descriptor, each service descriptor) is validated against the JAIN SLEE 1.1
 * DTDs in a directory. Run by the DU modules after packaging (see du/README.md):
 *
 * <pre>DescriptorCheck DTD_DIRECTORY DU_JAR...</pre>
 *
 * <p>When the DTD directory does not exist the check is skipped, saying so, rather than failing a
 * build on a machine without the shared DTDs.
 */
public final class DescriptorCheck {

  private static final String PREFIX = "[slee-descriptor-check] ";

  private final DtdDirectory dtds;
  private final PrintStream log;

  public DescriptorCheck(Path dtdDirectory, PrintStream log) {
    this.dtds = new DtdDirectory(dtdDirectory);
    this.log = log;
  }

  /**
   * @throws InvalidDescriptorsException naming file, line and problem of everything wrong in any
   *     of the units
   * @throws IOException if a unit cannot be read
   * @return how many descriptors were checked; 0 when the check was skipped
   */
  public int check(List<Path> deployableUnits) throws InvalidDescriptorsException, IOException {
    if (!dtds.exists()) {
      log.println(PREFIX + "SKIPPED: no JAIN SLEE DTD directory at " + dtds.path()
          + " (set -Dslee.dtd.directory=...); descriptors of " + names(deployableUnits)
          + " were not validated");
      return 0;
    }
    DeployableUnitInspector inspector = new DeployableUnitInspector(dtds);
    List<Problem> problems = new ArrayList<>();
    int checked = 0;
    for (Path du : deployableUnits) {
      if (!Files.isRegularFile(du)) {
        throw new IOException("no deployable unit jar at " + du);
      }
      DeployableUnitInspector.Report report = inspector.inspect(du);
      checked += report.descriptorsChecked();
      problems.addAll(report.problems());
      log.println(PREFIX + report.deployableUnit() + ": " + report.descriptorsChecked()
          + " descriptor(s) checked against " + dtds.path() + ", "
          + (report.valid() ? "all valid" : report.problems().size() + " problem(s)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidDescriptorsException(problems);
    }
    return checked;
  }

  public static void main(String[] args) throws InvalidDescriptorsException, IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException(
          "usage: DescriptorCheck DTD_DIRECTORY DU_JAR... (got " + Arrays.toString(args) + ")");
    }
    List<Path> units = Arrays.stream(args).skip(1).map(Path::of).toList();
    new DescriptorCheck(Path.of(args[0]), System.out).check(units);
  }

  private static List<String> names(List<Path> units) {
    return units.stream().map(p -> p.getFileName().toString()).toList();
  }
}
