package org.sleecharging.container.internal.runtime.naming;

import javax.naming.NameNotFoundException;
import javax.naming.NamingException;

/** The {@code java:} URL context: resolves {@code java:comp/env/...} for the running SBB. */
public final class JavaUrlContext extends ReadOnlyContext {
  private static final String ENV = "comp/env";

  @Override
  public Object lookup(String name) throws NamingException {
    String n = name.startsWith("java:") ? name.substring(5) : name;
    while (n.startsWith("/")) {
      n = n.substring(1);
    }
    CurrentSbb.Frame frame = CurrentSbb.peek();
    if (frame == null || frame.env() == null) {
      throw new NameNotFoundException(
          name + ": no SBB is running on this thread, so java:comp/env is unavailable");
    }
    if (n.equals(ENV) || n.equals(ENV + "/")) {
      return frame.env();
    }
    if (n.startsWith(ENV + "/")) {
      return frame.env().lookup(n.substring(ENV.length() + 1));
    }
    throw new NameNotFoundException(name + ": only java:comp/env is bound for SBBs");
  }

  @Override
  public String getNameInNamespace() {
    return "java:";
  }
}
