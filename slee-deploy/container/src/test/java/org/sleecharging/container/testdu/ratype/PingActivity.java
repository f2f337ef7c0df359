package org.sleecharging.container.testdu.ratype;

/** Activity of the test RA type. */
public interface PingActivity {
  String getName();
}
