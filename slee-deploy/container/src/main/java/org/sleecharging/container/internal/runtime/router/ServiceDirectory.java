package org.sleecharging.container.internal.runtime.router;

import java.util.List;

/** The services that take part in initial event processing (JSLEE 1.1 §8.6: ACTIVE ones). */
public interface ServiceDirectory {
  List<ActiveService> active();
}
