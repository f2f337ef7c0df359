package org.sleecharging.container.internal.runtime;

import javax.slee.ActivityContextInterface;
import javax.slee.UnrecognizedActivityException;

/** The ACI factory interface of the test RA type. */
public interface TestAciFactory {
  ActivityContextInterface getActivityContextInterface(FakeRaEntity.Activity activity)
      throws UnrecognizedActivityException;
}
