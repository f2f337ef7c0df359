package org.sleecharging.launcher;

/** Diameter identity and address of the OCS the charging RA connects to. */
public record OcsPeer(String host, String realm, HostPort address) {

  @Override
  public String toString() {
    return host + " (realm " + realm + ") at " + address;
  }
}
