package org.sleecharging.container.internal.runtime.router;

import javax.slee.ServiceID;
import org.sleecharging.container.internal.runtime.sbb.SbbComponent;

/** An ACTIVE service as the event router sees it: its root SBB and default priority. */
public record ActiveService(ServiceID id, SbbComponent root, byte priority) {}
