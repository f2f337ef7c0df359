package org.sleecharging.launcher.scenario;

import javax.slee.Address;
import javax.slee.AddressPlan;

/** A subscriber of the bundled OCS configuration: its account id and E.164 number. */
public record Subscriber(String account, String msisdn) {
  public static final Subscriber ALICE = new Subscriber("alice", "491700000001");
  public static final Subscriber BOB = new Subscriber("bob", "491700000002");
  /** EUR 0.05: five seconds of voice. */
  public static final Subscriber CAROL = new Subscriber("carol", "491700000003");

  public Address address() {
    return new Address(AddressPlan.E164, msisdn);
  }

  @Override
  public String toString() {
    return account + " (" + msisdn + ")";
  }
}
