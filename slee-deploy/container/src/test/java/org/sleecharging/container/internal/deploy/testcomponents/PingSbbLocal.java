package org.sleecharging.container.internal.deploy.testcomponents;

import javax.slee.SbbLocalObject;

/** The test SBB local interface. */
public interface PingSbbLocal extends SbbLocalObject {}
