package org.sleecharging.container.internal.ra;

import org.mobicents.slee.resource.cluster.MemberAddress;

/** The only cluster member of an embedded container. */
record LocalMemberAddress(String name) implements MemberAddress {

  @Override
  public int compareTo(MemberAddress other) {
    return name.compareTo(other.toString());
  }

  @Override
  public String toString() {
    return name;
  }
}
