package org.sleecharging.container.internal.kernel;

import javax.slee.InvalidArgumentException;
import javax.slee.InvalidStateException;
import javax.slee.ServiceID;
import javax.slee.UnrecognizedServiceException;
import javax.slee.management.DependencyException;
import javax.slee.management.ManagementException;
import javax.slee.management.ResourceAdaptorEntityState;
import javax.slee.management.ServiceState;
import javax.slee.management.UnrecognizedLinkNameException;
import javax.slee.management.UnrecognizedResourceAdaptorEntityException;
import org.sleecharging.container.internal.ra.ResourceAdaptorEntities;
import org.sleecharging.container.internal.ra.SharedRaTimer;
import org.sleecharging.container.internal.runtime.RuntimeOptions;
import org.sleecharging.container.internal.runtime.SleeRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SLEE's way to stop (JSLEE 1.1 SLEE Stopping state; RA entity states §15.2), through the same operations management uses:
 * services deactivated (no new root entities), RA entities deactivated (raStopping), every
 * remaining activity ended with its events delivered, RA entities INACTIVE (raInactive), their
 * link names unbound and the entities removed (raUnconfigure, contexts unset); then timers and
 * event threads stop and are waited for. A step that fails is logged and the close goes on.
 */
final class OrderlyShutdown {
  private static final Logger LOG = LoggerFactory.getLogger(OrderlyShutdown.class);

  private OrderlyShutdown() {}

  static void run(SleeRuntime runtime, ResourceAdaptorEntities raEntities, SharedRaTimer raTimer)
      throws InterruptedException {
    deactivateServices(runtime);
    for (String entity : raEntities.getResourceAdaptorEntities(ResourceAdaptorEntityState.ACTIVE)) {
      try {
        raEntities.deactivateResourceAdaptorEntity(entity);
      } catch (UnrecognizedResourceAdaptorEntityException | InvalidStateException
          | ManagementException e) {
        LOG.warn("closing: deactivating RA entity {} failed", entity, e);
      }
    }
    if (!runtime.endAllActivities()) {
      LOG.warn("closing: {} activities did not end within the close timeout",
          runtime.activityCount());
    }
    removeInactiveEntities(raEntities);
    runtime.close();
    raTimer.shutdown(RuntimeOptions.DEFAULT_CLOSE_TIMEOUT);
  }

  private static void deactivateServices(SleeRuntime runtime) {
    ServiceID[] active = runtime.services().getServices(ServiceState.ACTIVE);
    if (active.length > 0) {
      try {
        runtime.services().deactivate(active);
      } catch (UnrecognizedServiceException | InvalidStateException | InvalidArgumentException e) {
        LOG.warn("closing: deactivating services failed", e);
      }
    }
  }

  private static void removeInactiveEntities(ResourceAdaptorEntities raEntities) {
    for (String entity : raEntities.getResourceAdaptorEntities()) {
      try {
        if (!raEntities.getState(entity).isInactive()) {
          LOG.warn("closing: RA entity {} still has activities; it keeps its configuration",
              entity);
          continue;
        }
        for (String link : raEntities.getLinkNames(entity)) {
          raEntities.unbindLinkName(link);
        }
        raEntities.removeResourceAdaptorEntity(entity);
      } catch (UnrecognizedResourceAdaptorEntityException | UnrecognizedLinkNameException
          | InvalidStateException | DependencyException e) {
        LOG.warn("closing: removing RA entity {} failed", entity, e);
      }
    }
  }
}
