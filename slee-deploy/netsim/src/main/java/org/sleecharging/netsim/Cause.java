package org.sleecharging.netsim;

/** Why an SBB released a call, denied content, terminated a data session or rejected a message. */
public enum Cause {
  /** Ordinary end requested by the service. */
  NORMAL,
  /** The subscriber's credit ran out during the service (e.g. final units used). */
  CREDIT_EXHAUSTED,
  /** The OCS granted nothing: credit limit reached or service denied. */
  CREDIT_DENIED,
  /** The OCS does not know the subscriber. */
  USER_UNKNOWN,
  /** Charging failed for another reason (OCS unreachable, error answer). */
  CHARGING_FAILURE
}
