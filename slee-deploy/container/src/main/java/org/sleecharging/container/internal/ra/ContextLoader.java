package org.sleecharging.container.internal.ra;

/**
 * Runs RA callbacks with the RA's class loader as thread context class loader (JSLEE 1.1 ch. 15).
 */
final class ContextLoader {

  /** A callback that may throw one checked exception type. */
  @FunctionalInterface
  interface Call<T, E extends Exception> {
    T call() throws E;
  }

  private ContextLoader() {}

  static <T, E extends Exception> T call(ClassLoader loader, Call<T, E> call) throws E {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return call.call();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  static void run(ClassLoader loader, Runnable action) {
    call(
        loader,
        (Call<Void, RuntimeException>)
            () -> {
              action.run();
              return null;
            });
  }
}
