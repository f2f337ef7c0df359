package org.sleecharging.container.testdu.sbb;

import javax.slee.SbbLocalObject;

/** Local interface of the child SBB. */
public interface PingChildLocal extends SbbLocalObject {
  int increment();

  int get();
}
