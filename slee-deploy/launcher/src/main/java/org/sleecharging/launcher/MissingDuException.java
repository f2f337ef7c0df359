package org.sleecharging.launcher;

import java.nio.file.Path;

/** A DU jar the run needs is not in the DU directory. */
public final class MissingDuException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final LauncherDu du;
  private final Path directory;

  public MissingDuException(LauncherDu du, Path directory) {
    super("missing DU " + du.fileName() + " (" + du.description() + ", module " + du.module()
        + ") in " + directory + ": `mvn -B -ntp -q package -DskipTests` at the repository root"
        + " builds it and copies it there once the module " + du.module() + " is in the tree");
    this.du = du;
    this.directory = directory;
  }

  public LauncherDu du() {
    return du;
  }

  public Path directory() {
    return directory;
  }
}
