package org.sleecharging.container.internal.runtime.sbb;

import javax.slee.ActivityContextInterface;
import javax.slee.SLEEException;
import javax.slee.SbbLocalObject;
import javax.slee.TransactionRolledbackLocalException;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;

/** The generic ActivityContextInterface of an activity context (JSLEE 1.1 §7.6). */
public final class AciImpl implements ActivityContextInterface {
  private final ActivityContextImpl ac;
  private final SbbRuntime runtime;

  AciImpl(ActivityContextImpl ac, SbbRuntime runtime) {
    this.ac = ac;
    this.runtime = runtime;
  }

  public ActivityContextImpl context() {
    return ac;
  }

  @Override
  public Object getActivity() {
    runtime.tx().manager().require();
    return ac.activity();
  }

  @Override
  public void attach(SbbLocalObject sbb) {
    attachEntity(entity(sbb));
  }

  /** The SLEE's own attach (initial event processing), without the local object round trip. */
  public void attach(SbbEntity entity) {
    attachEntity(checked(entity));
  }

  private void attachEntity(SbbEntity entity) {
    if (!runtime.lock(entity)) {
      throw new TransactionRolledbackLocalException("could not lock " + entity + " to attach it");
    }
    ac.attach(entity, entity.component().maskOnAttach());
    runtime.touched(entity);
  }

  @Override
  public void detach(SbbLocalObject sbb) {
    detachEntity(entity(sbb));
  }

  /** The SLEE's own detach (after the ActivityEndEvent), without the local object round trip. */
  public void detach(SbbEntity entity) {
    detachEntity(checked(entity));
  }

  private void detachEntity(SbbEntity entity) {
    if (ac.detach(entity)) {
      runtime.recheckAtCommit(ac);
    }
    runtime.touched(entity);
  }

  @Override
  public boolean isAttached(SbbLocalObject sbb) {
    return ac.isAttached(entity(sbb));
  }

  private SbbEntity entity(SbbLocalObject sbb) {
    if (sbb == null) {
      throw new NullPointerException("sbb local object");
    }
    return checked(LocalObjects.entity(sbb));
  }

  private SbbEntity checked(SbbEntity entity) {
    runtime.tx().manager().require();
    if (entity.isRemoved()) {
      throw new TransactionRolledbackLocalException("SBB entity was removed: " + entity);
    }
    if (ac.state() == org.sleecharging.container.internal.runtime.activity.ActivityState.ENDED) {
      throw new SLEEException("activity has ended: " + ac);
    }
    return entity;
  }

  @Override
  public boolean isEnding() {
    runtime.tx().manager().require();
    return ac.isEnding();
  }

  @Override
  public boolean equals(Object o) {
    if (o instanceof ActivityContextInterface other) {
      try {
        return runtime.acOf(other) == ac;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return false;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(ac.id());
  }

  @Override
  public String toString() {
    return "ACI[" + ac + "]";
  }
}
