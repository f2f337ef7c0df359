package org.sleecharging.container.internal.runtime.activity;

import java.util.function.Consumer;
import javax.slee.resource.ResourceAdaptor;
import org.sleecharging.container.internal.spi.RaEntityRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls back an RA object with the entity's class loader as context loader (JSLEE 1.1 §15.3). */
public final class RaCalls {
  private static final Logger LOG = LoggerFactory.getLogger(RaCalls.class);

  private RaCalls() {}

  /** Runs the callback; a RuntimeException from the RA is logged, as the SLEE cannot act on it. */
  public static void call(RaEntityRef entity, String what, Consumer<ResourceAdaptor> callback) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(entity.classLoader());
    try {
      callback.accept(entity.resourceAdaptor());
    } catch (RuntimeException e) {
      LOG.warn("RA entity {} threw from {}", entity.name(), what, e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
