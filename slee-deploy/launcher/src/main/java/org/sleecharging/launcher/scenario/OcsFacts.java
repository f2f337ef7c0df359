package org.sleecharging.launcher.scenario;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sleecharging.ocs.AccountSnapshot;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.LedgerEntry;
import org.sleecharging.ocs.MsccRequest;
import org.sleecharging.ocs.OcsSimulator;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.ServiceUnits;
import org.sleecharging.ocs.SubscriptionId;
import org.sleecharging.ocs.UnitType;

/**
 * What the OCS simulator saw of one subscriber during one scenario: the CCRs it received for the
 * subscriber, the units those CCRs requested and reported used, what its ledger granted and
 * debited, and the balances before and after. Scenarios run one after the other, so everything
 * received between {@link #start} and {@link #lines} belongs to the scenario. With an external
 * OCS there is nothing to read.
 */
final class OcsFacts {
  private final OcsSimulator ocs;
  private final Subscriber subscriber;
  private final long ledgerMark;

  private OcsFacts(OcsSimulator ocs, Subscriber subscriber) {
    this.ocs = ocs;
    this.subscriber = subscriber;
    this.ledgerMark = ocs.ledger().entries().stream().mapToLong(LedgerEntry::sequence).max().orElse(-1);
  }

  /** Starts watching: CCRs received so far (earlier scenarios) are set aside. */
  static Optional<OcsFacts> start(Optional<OcsSimulator> ocs, Subscriber subscriber)
      throws InterruptedException {
    if (ocs.isEmpty()) {
      return Optional.empty();
    }
    while (ocs.get().takeRequest(Duration.ZERO) != null) {
      // requests of earlier scenarios or of the start-up: not this scenario's
    }
    return Optional.of(new OcsFacts(ocs.get(), subscriber));
  }

  /** The summary lines, balances taken from {@code before} and {@code after}. */
  List<String> lines(AccountSnapshot before, AccountSnapshot after) throws InterruptedException {
    List<CreditControlRequest> ccrs = new ArrayList<>();
    for (CreditControlRequest r = ocs.takeRequest(Duration.ZERO); r != null; r = ocs.takeRequest(Duration.ZERO)) {
      if (isSubscribers(r)) {
        ccrs.add(r);
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("OCS: " + describeCcrs(ccrs));
    lines.add("OCS: requested " + units(ccrs, false) + "; reported used " + units(ccrs, true));
    Map<LedgerEntry.Kind, Map<String, BigDecimal>> books = books();
    lines.add("OCS: granted " + amounts(books.get(LedgerEntry.Kind.GRANT)) + "; debited "
        + amounts(books.get(LedgerEntry.Kind.DEBIT)) + "; released "
        + amounts(books.get(LedgerEntry.Kind.RELEASE)) + "; refunded "
        + amounts(books.get(LedgerEntry.Kind.REFUND)));
    lines.add("OCS: balance " + amounts(before.balance()) + " -> " + amounts(after.balance()));
    return lines;
  }

  private boolean isSubscribers(CreditControlRequest r) {
    for (SubscriptionId id : r.subscriptionIds()) {
      if (id.data().equals(subscriber.msisdn())) {
        return true;
      }
    }
    return false;
  }

  private static String describeCcrs(List<CreditControlRequest> ccrs) {
    if (ccrs.isEmpty()) {
      return "no CCR received";
    }
    Map<RequestType, Integer> byType = new EnumMap<>(RequestType.class);
    ccrs.forEach(r -> byType.merge(r.requestType(), 1, Integer::sum));
    StringBuilder b = new StringBuilder().append(ccrs.size()).append(ccrs.size() == 1 ? " CCR (" : " CCRs (");
    byType.forEach((type, n) -> b.append(b.charAt(b.length() - 1) == '(' ? "" : ", ").append(n).append(' ').append(type));
    return b.append(')').toString();
  }

  /** Requested-Service-Unit or Used-Service-Unit summed over the CCRs' MSCCs, per unit. */
  private static String units(List<CreditControlRequest> ccrs, boolean used) {
    Map<String, BigDecimal> sum = new TreeMap<>();
    for (CreditControlRequest r : ccrs) {
      for (MsccRequest m : r.msccs()) {
        ServiceUnits u = used ? m.used() : m.requested();
        if (u == null) {
          continue;
        }
        if (u.money() != null) {
          sum.merge(u.money().currency().getCurrencyCode(), u.money().amount(), BigDecimal::add);
        }
        for (Map.Entry<UnitType, Long> e : u.units().entrySet()) {
          sum.merge(e.getKey().name(), BigDecimal.valueOf(e.getValue()), BigDecimal::add);
        }
      }
    }
    return amounts(sum);
  }

  /** The subscriber's ledger movements since the scenario started, per kind and bucket. */
  private Map<LedgerEntry.Kind, Map<String, BigDecimal>> books() {
    Map<LedgerEntry.Kind, Map<String, BigDecimal>> books = new EnumMap<>(LedgerEntry.Kind.class);
    for (LedgerEntry.Kind kind : LedgerEntry.Kind.values()) {
      books.put(kind, new TreeMap<>());
    }
    for (LedgerEntry e : ocs.ledger().entries()) {
      if (e.sequence() > ledgerMark && e.account().equals(subscriber.account())) {
        books.get(e.kind()).merge(e.bucket(), e.amount(), BigDecimal::add);
      }
    }
    return books;
  }

  /** {@code EUR 0.60, TIME 5} per bucket in name order, or "nothing"; also the scenario's "charged". */
  static String amounts(Map<String, BigDecimal> amounts) {
    if (amounts.isEmpty()) {
      return "nothing";
    }
    StringBuilder b = new StringBuilder();
    new TreeMap<>(amounts).forEach((bucket, amount) -> b.append(b.length() == 0 ? "" : ", ").append(bucket)
        .append(' ').append(plain(bucket, amount)));
    return b.toString();
  }

  /** Money with at least its currency's minor digits (EUR 0.60), units as whole numbers. */
  private static String plain(String bucket, BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    int minor = bucket.length() == 3 && bucket.chars().allMatch(Character::isUpperCase)
        ? Math.max(0, Currency.getInstance(bucket).getDefaultFractionDigits()) : 0;
    return stripped.setScale(Math.max(Math.max(stripped.scale(), 0), minor)).toPlainString();
  }
}
