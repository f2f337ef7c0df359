package org.sleecharging.launcher.scenario;

/** The scenarios of the main job, one per charging model of the feature services. */
public enum ScenarioKind {
  SCUR("SCUR voice call"),
  ECUR("ECUR content download"),
  IEC("IEC message");

  private final String title;

  ScenarioKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  Scenario scenario() {
    return switch (this) {
      case SCUR -> new ScurCallScenario();
      case ECUR -> new EcurDownloadScenario();
      case IEC -> new IecMessageScenario();
    };
  }
}
