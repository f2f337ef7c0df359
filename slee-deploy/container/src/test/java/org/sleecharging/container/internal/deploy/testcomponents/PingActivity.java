package org.sleecharging.container.internal.deploy.testcomponents;

/** The test RA type's activity. */
public interface PingActivity {}
