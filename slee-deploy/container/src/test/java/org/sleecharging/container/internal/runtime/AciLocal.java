package org.sleecharging.container.internal.runtime;

import javax.slee.SbbLocalObject;

/** The local interface of AciSbb. */
public interface AciLocal extends SbbLocalObject {
  String hello(String name);

  void explode();
}
