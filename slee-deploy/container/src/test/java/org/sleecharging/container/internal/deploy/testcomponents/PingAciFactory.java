package org.sleecharging.container.internal.deploy.testcomponents;

import javax.slee.ActivityContextInterface;

/** The test RA type's ACI factory interface. */
public interface PingAciFactory {

  ActivityContextInterface getActivityContextInterface(PingActivity activity);
}
