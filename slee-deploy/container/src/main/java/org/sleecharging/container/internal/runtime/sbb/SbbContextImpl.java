package org.sleecharging.container.internal.runtime.sbb;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.slee.ActivityContextInterface;
import javax.slee.EventTypeID;
import javax.slee.NotAttachedException;
import javax.slee.SbbContext;
import javax.slee.SbbID;
import javax.slee.SbbLocalObject;
import javax.slee.ServiceID;
import javax.slee.UnrecognizedEventException;
import javax.slee.facilities.Tracer;
import javax.slee.management.SbbNotification;
import org.sleecharging.container.internal.model.SbbEventDescriptor;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;
import org.sleecharging.container.internal.runtime.naming.CurrentSbb;

/** The SbbContext of one SBB object (JSLEE 1.1 §6.6). */
final class SbbContextImpl implements SbbContext {
  private final SbbObject object;

  SbbContextImpl(SbbObject object) {
    this.object = object;
  }

  private SbbRuntime runtime() {
    return object.component().runtime();
  }

  @Override
  public SbbLocalObject getSbbLocalObject() {
    runtime().tx().manager().require();
    return (SbbLocalObject) object.requireEntity().localObject();
  }

  @Override
  public ServiceID getService() {
    SbbEntity e = object.entity();
    if (e != null) {
      return e.service();
    }
    CurrentSbb.Frame frame = CurrentSbb.peek();
    if (frame == null || frame.service() == null) {
      throw new IllegalStateException("SBB object of " + object.component().id() + " has no service");
    }
    return frame.service();
  }

  @Override
  public SbbID getSbb() {
    return object.component().id();
  }

  @Override
  public ActivityContextInterface[] getActivities() {
    runtime().tx().manager().require();
    List<ActivityContextImpl> acs = object.requireEntity().activities();
    ActivityContextInterface[] result = new ActivityContextInterface[acs.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = runtime().aci(acs.get(i));
    }
    return result;
  }

  @Override
  public void maskEvent(String[] eventNames, ActivityContextInterface aci)
      throws UnrecognizedEventException, NotAttachedException {
    runtime().tx().manager().require();
    ActivityContextImpl ac = attachedAc(aci);
    Set<EventTypeID> mask = new HashSet<>();
    if (eventNames != null) {
      for (String name : eventNames) {
        SbbEventDescriptor e = object.component().descriptor().event(name).orElse(null);
        if (e == null || !e.direction().receives()) {
          throw new UnrecognizedEventException(
              object.component().id() + " receives no event named " + name);
        }
        mask.add(e.eventType());
      }
    }
    ac.mask(object.requireEntity(), mask);
  }

  @Override
  public String[] getEventMask(ActivityContextInterface aci) throws NotAttachedException {
    runtime().tx().manager().require();
    ActivityContextImpl ac = attachedAc(aci);
    Set<EventTypeID> mask = ac.mask(object.requireEntity());
    return object.component().descriptor().events().stream()
        .filter(e -> mask.contains(e.eventType()))
        .map(SbbEventDescriptor::eventName)
        .toArray(String[]::new);
  }

  private ActivityContextImpl attachedAc(ActivityContextInterface aci) throws NotAttachedException {
    if (aci == null) {
      throw new NullPointerException("aci");
    }
    ActivityContextImpl ac = runtime().acOf(aci);
    if (!ac.isAttached(object.requireEntity())) {
      throw new NotAttachedException("SBB entity is not attached to " + ac);
    }
    return ac;
  }

  @Override
  public void setRollbackOnly() {
    runtime().tx().manager().require().setRollbackOnly();
  }

  @Override
  public boolean getRollbackOnly() {
    return runtime().tx().manager().require().isRollbackOnly();
  }

  @Override
  public Tracer getTracer(String tracerName) {
    if (tracerName == null) {
      throw new NullPointerException("tracerName");
    }
    return runtime()
        .notifications()
        .tracer(new SbbNotification(getService(), getSbb()), tracerName);
  }
}
