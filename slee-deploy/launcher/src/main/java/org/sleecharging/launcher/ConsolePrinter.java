package org.sleecharging.launcher;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.sleecharging.launcher.load.LoadResult;
import org.sleecharging.launcher.scenario.ScenarioResult;
import org.sleecharging.ocs.Reconciliation;

/** Everything the main job prints, and the only place it prints (picocli's out writer). */
public final class ConsolePrinter {
  private final PrintWriter out;

  public ConsolePrinter(PrintWriter out) {
    this.out = out;
  }

  public void step(String line) {
    out.println("  " + line);
    out.flush();
  }

  public void heading(String line) {
    out.println(line);
    out.flush();
  }

  public void failure(String message) {
    out.println("FAILED: " + message);
    out.flush();
  }

  public void scenarios(List<ScenarioResult> results) {
    out.println();
    out.println("Scenarios");
    for (ScenarioResult r : results) {
      out.printf(Locale.ROOT, "  %-22s %s  subscriber %s, charged: %s%n", r.kind().title(),
          r.passed() ? "PASS" : "FAIL", r.subscriber(), r.charged());
      r.steps().forEach(s -> out.println("      " + s));
      r.ocsFacts().forEach(s -> out.println("      " + s));
      if (!r.passed()) {
        out.println("      problem: " + r.problem());
      }
    }
    out.flush();
  }

  public void leftovers(List<String> left) {
    out.println();
    out.println("Left behind: " + (left.isEmpty() ? "nothing" : String.join("; ", left)));
    out.flush();
  }

  public void ledger(Reconciliation r) {
    out.println();
    if (r.isConsistent()) {
      out.printf(Locale.ROOT, "OCS ledger: reconciled OK (%d accounts, %d live reservations)%n",
          r.accountsChecked(), r.liveReservations());
    } else {
      out.println("OCS ledger: NOT reconciled");
      r.problems().forEach(p -> out.println("  " + p));
    }
    out.flush();
  }

  public void noLedger() {
    out.println();
    out.println("OCS ledger: not available (external OCS)");
    out.flush();
  }

  public void load(List<LoadResult> legs) {
    out.println();
    out.printf(Locale.ROOT, "%-14s %6s %10s %9s %9s %9s %9s %9s %7s%n", "leg", "unit", "per s",
        "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms", "errors");
    for (LoadResult r : legs) {
      out.printf(Locale.ROOT, "%-14s %6s %10.0f %9.3f %9.3f %9.3f %9.3f %9.3f %7d%n", r.leg(),
          r.unit(), r.perSecond(), r.percentileMillis(50), r.percentileMillis(90),
          r.percentileMillis(99), r.percentileMillis(99.9), r.maxMillis(), r.errors());
    }
    if (legs.size() == 2 && legs.get(1).perSecond() > 0) {
      out.printf(Locale.ROOT, "SLEE messages/s over raw CCR/s: %.3f (one Ro round trip per message)%n",
          legs.get(0).perSecond() / legs.get(1).perSecond());
    }
    out.flush();
  }
}
