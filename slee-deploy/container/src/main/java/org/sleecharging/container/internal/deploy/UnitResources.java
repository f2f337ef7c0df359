package org.sleecharging.container.internal.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Releases what a unit holds outside the heap: its class loaders' jar files and its work files. */
final class UnitResources {

  private static final Logger LOG = LoggerFactory.getLogger(UnitResources.class);

  private UnitResources() {}

  /** Closes loaders and deletes a unit's work directory; failures are added to {@code failure}. */
  static void release(List<ComponentClassLoader> loaders, Path workDir, Throwable failure) {
    for (ComponentClassLoader l : loaders) {
      try {
        l.close();
      } catch (IOException e) {
        report(failure, e, "closing class loader " + l.getName());
      }
    }
    try {
      FileTrees.delete(workDir);
    } catch (IOException e) {
      report(failure, e, "deleting " + workDir);
    }
  }

  private static void report(Throwable failure, IOException e, String what) {
    if (failure != null) {
      failure.addSuppressed(e);
    } else {
      LOG.warn("failed {}", what, e);
    }
  }
}
