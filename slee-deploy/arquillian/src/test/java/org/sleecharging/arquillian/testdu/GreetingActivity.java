package org.sleecharging.arquillian.testdu;

/** Activity type of the test RA type. */
public interface GreetingActivity {
  String getName();
}
