package org.sleecharging.netsim;

import javax.slee.ActivityContextInterface;
import javax.slee.FactoryException;
import javax.slee.UnrecognizedActivityException;

/** ACI factory of the simulator RA type; implemented by the SLEE. */
public interface NetworkActivityContextInterfaceFactory {

  ActivityContextInterface getActivityContextInterface(CallActivity activity)
      throws NullPointerException, UnrecognizedActivityException, FactoryException;

  ActivityContextInterface getActivityContextInterface(DataSessionActivity activity)
      throws NullPointerException, UnrecognizedActivityException, FactoryException;

  ActivityContextInterface getActivityContextInterface(MessageActivity activity)
      throws NullPointerException, UnrecognizedActivityException, FactoryException;
}
