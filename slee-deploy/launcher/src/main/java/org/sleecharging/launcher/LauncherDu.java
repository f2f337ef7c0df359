package org.sleecharging.launcher;

/**
 * The DU jars the main job deploys, in deployment order, by their Maven artifact (copied to the
 * launcher's {@code target/dus} without version) and the module that builds them.
 */
public enum LauncherDu {
  NETWORK_SIMULATOR("slee-charging-netsim-du", "slee-deploy/netsim", "network simulator"),
  CHARGING_RA("slee-charging-ra-du", "du/ra-du", "charging RA"),
  SERVICES("slee-charging-service-du", "du/service-du", "charging manager and feature services");

  private final String artifactId;
  private final String module;
  private final String description;

  LauncherDu(String artifactId, String module, String description) {
    this.artifactId = artifactId;
    this.module = module;
    this.description = description;
  }

  public String artifactId() {
    return artifactId;
  }

  /** The file name in the DU directory. */
  public String fileName() {
    return artifactId + ".jar";
  }

  public String module() {
    return module;
  }

  public String description() {
    return description;
  }
}
