package org.sleecharging.launcher.scenario;

/** The scenarios of the main job, one per charging model of the feature services. */
public enum ScenarioKind {
  SCUR("SCUR voice call"),
  ECUR("ECUR content download"),
  IEC("IEC message"),
  /** Not in the default run: needs a service that releases calls when credit runs out. */
  SCUR_EXHAUSTED("SCUR credit exhausted");

  private final String title;

  ScenarioKind(String title) {
    this.title = title;
  }

  /** The scenarios of a run without --scenario. */
  public static java.util.Set<ScenarioKind> defaults() {
    return java.util.EnumSet.of(SCUR, ECUR, IEC);
  }

  public String title() {
    return title;
  }

  Scenario scenario() {
    return switch (this) {
      case SCUR -> new ScurCallScenario();
      case ECUR -> new EcurDownloadScenario();
      case IEC -> new IecMessageScenario();
      case SCUR_EXHAUSTED -> new CreditExhaustedScenario();
    };
  }
}
