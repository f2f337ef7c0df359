package org.sleecharging.container.internal.runtime.activity;

/** Where an activity comes from; null activities end by themselves when unreferenced (§7.10). */
public enum ActivityKind {
  RESOURCE_ADAPTOR(false),
  NULL(true),
  SERVICE(false),
  /** Started through the runtime's test/management entry point; ends only when told. */
  EXTERNAL(false);

  private final boolean endsWhenUnreferenced;

  ActivityKind(boolean endsWhenUnreferenced) {
    this.endsWhenUnreferenced = endsWhenUnreferenced;
  }

  public boolean endsWhenUnreferenced() {
    return endsWhenUnreferenced;
  }
}
