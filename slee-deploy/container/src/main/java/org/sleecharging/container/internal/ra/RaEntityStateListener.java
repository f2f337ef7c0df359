package org.sleecharging.container.internal.ra;

import javax.slee.management.ResourceAdaptorEntityState;

/**
 * Told of every RA entity state change, e.g. by the ResourceManagementMBean to emit its
 * ResourceAdaptorEntityStateChangeNotification. Called on the thread that made the change (a
 * management call, or the runtime thread that removed the last activity of a STOPPING entity); must
 * not block.
 */
@FunctionalInterface
public interface RaEntityStateListener {

  void stateChanged(
      String entityName, ResourceAdaptorEntityState newState, ResourceAdaptorEntityState oldState);
}
