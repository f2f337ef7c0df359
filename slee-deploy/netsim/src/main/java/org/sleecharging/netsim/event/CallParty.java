package org.sleecharging.netsim.event;

/** Which side of a call did something (hung up). */
public enum CallParty {
  CALLING,
  CALLED
}
