package org.sleecharging.container.internal.runtime.naming;

import java.util.Map;
import java.util.function.Supplier;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;

/**
 * One SBB's {@code java:comp/env} (JSLEE 1.1 §6.13): names relative to it map to objects, or to
 * suppliers resolved at lookup (RA entities may be created after the SBB is installed).
 */
public final class EnvContext extends ReadOnlyContext {
  private final Map<String, Object> bindings;
  private final String prefix;

  public EnvContext(Map<String, Object> bindings) {
    this(Map.copyOf(bindings), "");
  }

  private EnvContext(Map<String, Object> bindings, String prefix) {
    this.bindings = bindings;
    this.prefix = prefix;
  }

  @Override
  public Object lookup(String name) throws NamingException {
    String full = prefix + strip(name);
    if (full.isEmpty()) {
      return this;
    }
    Object value = bindings.get(full);
    if (value instanceof Supplier<?> supplier) {
      Object resolved = supplier.get();
      if (resolved == null) {
        throw new NameNotFoundException("java:comp/env/" + full + " is not available now");
      }
      return resolved;
    }
    if (value != null) {
      return value;
    }
    String sub = full + "/";
    for (String key : bindings.keySet()) {
      if (key.startsWith(sub)) {
        return new EnvContext(bindings, sub);
      }
    }
    throw new NameNotFoundException("java:comp/env/" + full + " is not bound");
  }

  private static String strip(String name) {
    String n = name;
    while (n.startsWith("/")) {
      n = n.substring(1);
    }
    while (n.endsWith("/")) {
      n = n.substring(0, n.length() - 1);
    }
    return n;
  }

  @Override
  public String getNameInNamespace() {
    return "java:comp/env" + (prefix.isEmpty() ? "" : "/" + prefix.substring(0, prefix.length() - 1));
  }
}
