package org.sleecharging.container.internal.runtime.router;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Set;
import javax.slee.Address;
import javax.slee.InitialEventSelector;
import org.sleecharging.container.internal.model.InitialEventSelect;
import org.sleecharging.container.internal.model.SbbEventDescriptor;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;
import org.sleecharging.container.internal.runtime.activity.EventEnvelope;
import org.sleecharging.container.internal.runtime.sbb.SbbEntity;
import org.sleecharging.container.internal.runtime.sbb.SbbRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Initial event processing (JSLEE 1.1 §8.6): for each ACTIVE service whose root SBB takes the event
 * as initial event, computes the convergence name and attaches the root entity of that name,
 * creating it first if there is none.
 */
final class InitialEventProcessor {
  private static final Logger LOG = LoggerFactory.getLogger(InitialEventProcessor.class);

  private final ServiceDirectory services;
  private final SbbRuntime sbbs;

  InitialEventProcessor(ServiceDirectory services, SbbRuntime sbbs) {
    this.services = services;
    this.sbbs = sbbs;
  }

  void process(ActivityContextImpl ac, EventEnvelope envelope) throws Exception {
    for (ActiveService service : services.active()) {
      if (envelope.service() != null && !envelope.service().equals(service.id())) {
        continue;
      }
      SbbEventDescriptor e = service.root().event(envelope.eventType());
      if (e == null || !e.initialEvent() || !e.direction().receives()) {
        continue;
      }
      ConvergenceName name = convergenceName(service, e, ac, envelope);
      if (name == null) {
        continue;
      }
      SbbEntity root =
          sbbs.entities().findOrCreateRoot(service.root(), service.id(), service.priority(), name);
      if (!ac.isAttached(root)) {
        sbbs.aci(ac).attach(root);
      }
    }
  }

  private ConvergenceName convergenceName(
      ActiveService service, SbbEventDescriptor e, ActivityContextImpl ac, EventEnvelope envelope)
      throws Exception {
    Set<InitialEventSelect> selects = e.initialEventSelects();
    boolean acSelected = selects.contains(InitialEventSelect.ACTIVITY_CONTEXT);
    boolean addressSelected = selects.contains(InitialEventSelect.ADDRESS);
    boolean typeSelected = selects.contains(InitialEventSelect.EVENT_TYPE);
    boolean eventSelected = selects.contains(InitialEventSelect.EVENT);
    Address address = envelope.address();
    String customName = null;
    Method selectorMethod = service.root().selector(envelope.eventType());
    if (selectorMethod != null) {
      InitialEventSelector selector = new InitialEventSelectorImpl(
          selects, e.eventName(), envelope.event(), ac.activity(), address);
      try {
        selector = (InitialEventSelector)
            sbbs.invokeOnPooled(service.root(), service.id(), selectorMethod, selector);
      } catch (InvocationTargetException ex) {
        LOG.warn("initial event selector {} of {} threw; not an initial event",
            selectorMethod.getName(), service.id(), ex.getCause());
        return null;
      }
      if (selector == null || !selector.isInitialEvent()) {
        return null;
      }
      acSelected = selector.isActivityContextSelected();
      addressSelected = selector.isAddressSelected();
      typeSelected = selector.isEventTypeSelected();
      eventSelected = selector.isEventSelected();
      address = selector.getAddress();
      customName = selector.getCustomName();
    }
    // §8.6.1: a selected Address variable with no address means no convergence name.
    if (addressSelected && address == null) {
      return null;
    }
    if (!acSelected && !addressSelected && !typeSelected && !eventSelected && customName == null) {
      return null;
    }
    return new ConvergenceName(
        acSelected ? ac.id() : null,
        addressSelected ? address : null,
        typeSelected ? envelope.eventType() : null,
        eventSelected ? new ConvergenceName.EventIdentity(envelope.event()) : null,
        customName);
  }
}
