package org.sleecharging.netsim.event;

/** Validation of octet counts carried by events. */
final class Octets {
  private Octets() {}

  static long positive(long octets) {
    if (octets < 1) {
      throw new IllegalArgumentException("octets must be >= 1, was " + octets);
    }
    return octets;
  }

  static String contentId(String contentId) {
    if (contentId == null || contentId.isEmpty()) {
      throw new IllegalArgumentException("contentId must not be empty");
    }
    return contentId;
  }
}
