package org.sleecharging.container.internal.runtime;

import javax.slee.ActivityContextInterface;

/** An SBB ACI interface: "hits" is per SBB entity, "shared" is aliased. */
public interface TestSbbAci extends ActivityContextInterface {
  int getHits();

  void setHits(int hits);

  String getShared();

  void setShared(String shared);
}
