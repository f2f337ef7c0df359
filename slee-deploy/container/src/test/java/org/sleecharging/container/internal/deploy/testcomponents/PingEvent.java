package org.sleecharging.container.internal.deploy.testcomponents;

import java.io.Serializable;

/** The test event type; it uses a library class so that loading it needs the library. */
public final class PingEvent implements Serializable {

  private static final long serialVersionUID = 1L;

  public String tag() {
    return LibValue.tag();
  }
}
