package org.sleecharging.launcher.load;

import java.util.ArrayList;
import java.util.List;
import javax.slee.Address;
import javax.slee.AddressPlan;
import org.sleecharging.ocs.AccountConfig;

/** Accounts added to the OCS simulator for a load run, each with ample money. */
public final class LoadSubscribers {
  private static final String PREFIX = "4920";

  private LoadSubscribers() {}

  public static List<AccountConfig> accounts(int count) {
    List<AccountConfig> accounts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      accounts.add(AccountConfig.builder("load-" + i).subscriptionId(msisdn(i))
          .money("EUR", "1000000000").build());
    }
    return accounts;
  }

  static Address address(long n, int count) {
    return new Address(AddressPlan.E164, msisdn((int) (n % count)));
  }

  private static String msisdn(int i) {
    return PREFIX + String.format("%08d", i);
  }
}
