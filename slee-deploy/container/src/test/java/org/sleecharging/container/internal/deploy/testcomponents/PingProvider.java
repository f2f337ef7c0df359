package org.sleecharging.container.internal.deploy.testcomponents;

/** The test RA type's SBB interface. */
public interface PingProvider {

  PingActivity newActivity();
}
