package org.sleecharging.container.testdu.ratype;

import javax.slee.ActivityContextInterface;
import javax.slee.FactoryException;
import javax.slee.UnrecognizedActivityException;

/** ACI factory of the test RA type, implemented by the container. */
public interface PingActivityContextInterfaceFactory {
  ActivityContextInterface getActivityContextInterface(PingActivity activity)
      throws NullPointerException, UnrecognizedActivityException, FactoryException;
}
