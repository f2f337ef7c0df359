package org.sleecharging.container.internal.deploy.testcomponents;

import javax.slee.ActivityContextInterface;

/** The test SBB activity context interface. */
public interface PingSbbAci extends ActivityContextInterface {}
