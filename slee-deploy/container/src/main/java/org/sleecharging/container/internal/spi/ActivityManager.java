package org.sleecharging.container.internal.spi;

import javax.slee.ServiceID;
import javax.slee.resource.SleeEndpoint;

/**
 * The activity runtime as the RA side sees it: each RA entity gets its {@link SleeEndpoint}, which
 * starts, suspends and ends activities and fires events into the event router (JSLEE 1.1 §15.11).
 */
public interface ActivityManager {

  /** The SleeEndpoint handed to the entity's ResourceAdaptorContext. */
  SleeEndpoint endpoint(RaEntityRef entity);

  /** Live activities the entity has started and that have not yet been removed. */
  int activityCount(RaEntityRef entity);

  /**
   * The service of the SBB whose code runs on the calling thread, or null outside SBB code
   * (ResourceAdaptorContext.getInvokingService, JSLEE 1.1 ch. 15).
   */
  ServiceID invokingService();
}
