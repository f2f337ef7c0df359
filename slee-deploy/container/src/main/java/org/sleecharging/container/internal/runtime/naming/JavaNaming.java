package org.sleecharging.container.internal.runtime.naming;

import javax.naming.Context;

/**
 * Makes plain {@code new InitialContext().lookup("java:comp/env/...")} work in SBB code with no
 * JNDI configuration: appends this runtime's package to {@code java.naming.factory.url.pkgs} so
 * that JNDI finds the {@code java} URL context factory, and gives SBB code a context class loader
 * that can load that factory.
 */
public final class JavaNaming {
  static final String PACKAGE = "org.sleecharging.container.internal.runtime.naming";

  private JavaNaming() {}

  public static synchronized void install() {
    String current = System.getProperty(Context.URL_PKG_PREFIXES);
    if (current == null || current.isBlank()) {
      System.setProperty(Context.URL_PKG_PREFIXES, PACKAGE);
    } else if (!(":" + current + ":").contains(":" + PACKAGE + ":")) {
      System.setProperty(Context.URL_PKG_PREFIXES, current + ":" + PACKAGE);
    }
  }

  /**
   * The context class loader for an SBB: its own loader first; only this runtime's naming classes
   * come from the runtime, so JNDI can load the URL context factory whatever the SBB loader sees.
   */
  public static ClassLoader contextLoaderFor(ClassLoader sbbLoader) {
    return new ClassLoader(sbbLoader) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (name.startsWith(PACKAGE + ".")) {
          return Class.forName(name, false, JavaNaming.class.getClassLoader());
        }
        throw new ClassNotFoundException(name);
      }
    };
  }
}
