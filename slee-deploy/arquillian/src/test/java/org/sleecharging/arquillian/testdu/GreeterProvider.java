package org.sleecharging.arquillian.testdu;

/** SBB interface of the test RA type: records a greeting for the given name. */
public interface GreeterProvider {
  void greet(String name);
}
