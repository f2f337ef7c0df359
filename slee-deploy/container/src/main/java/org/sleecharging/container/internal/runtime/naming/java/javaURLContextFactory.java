package org.sleecharging.container.internal.runtime.naming.java;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.Name;
import javax.naming.spi.ObjectFactory;
import org.sleecharging.container.internal.runtime.naming.JavaUrlContext;

/**
 * The {@code java:} URL context factory, found by JNDI through {@code java.naming.factory.url.pkgs}
 * (its package and class name follow the JNDI URL context factory naming rule).
 */
public class javaURLContextFactory implements ObjectFactory {
  @Override
  public Object getObjectInstance(Object obj, Name name, Context nameCtx, Hashtable<?, ?> env)
      throws Exception {
    JavaUrlContext context = new JavaUrlContext();
    if (obj instanceof String url) {
      return context.lookup(url);
    }
    if (obj instanceof String[] urls && urls.length > 0) {
      return context.lookup(urls[0]);
    }
    return context;
  }
}
