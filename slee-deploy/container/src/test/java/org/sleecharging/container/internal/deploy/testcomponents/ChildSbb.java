package org.sleecharging.container.internal.deploy.testcomponents;

import javax.slee.Sbb;

/** The test child SBB. */
public abstract class ChildSbb implements Sbb {}
