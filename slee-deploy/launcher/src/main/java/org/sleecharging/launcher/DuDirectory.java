package org.sleecharging.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/** Where the DU jars are: by default {@code dus/} beside the launcher jar (its target/). */
public record DuDirectory(Path path) {

  /** {@code target/dus} of the build the launcher's classes come from. */
  public static DuDirectory besideLauncher() {
    try {
      Path code = Path.of(MainJob.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return new DuDirectory(code.toAbsolutePath().getParent().resolve("dus"));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the launcher's own classes", e);
    }
  }

  /**
   * The jar of a DU.
   *
   * @throws MissingDuException when it is not there
   */
  public Path require(LauncherDu du) {
    Path jar = path.resolve(du.fileName());
    if (!Files.isRegularFile(jar)) {
      throw new MissingDuException(du, path);
    }
    return jar;
  }

  public Set<LauncherDu> present() {
    Set<LauncherDu> present = EnumSet.noneOf(LauncherDu.class);
    for (LauncherDu du : LauncherDu.values()) {
      if (Files.isRegularFile(path.resolve(du.fileName()))) {
        present.add(du);
      }
    }
    return present;
  }
}
