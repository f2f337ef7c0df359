package org.sleecharging.container.testdu.ratype;

/** SBB interface of the test RA type: SBBs report what they observed, tests read the reports. */
public interface PingProvider {

  /** Records a line that tests read back through the RA. */
  void report(String line);

  /** Starts a new activity of this RA. */
  PingActivity startActivity(String name);
}
