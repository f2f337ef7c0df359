package org.sleecharging.ratype;

import javax.slee.ActivityContextInterface;
import javax.slee.FactoryException;
import javax.slee.UnrecognizedActivityException;

/** Gives the ACI of a charging session so an SBB can attach to it (JSLEE 1.1 §7.6.1). */
public interface ChargingActivityContextInterfaceFactory {

    ActivityContextInterface getActivityContextInterface(ChargingSessionActivity activity)
            throws UnrecognizedActivityException, FactoryException;
}
