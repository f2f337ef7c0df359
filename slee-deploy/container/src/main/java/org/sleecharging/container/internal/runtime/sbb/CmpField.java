package org.sleecharging.container.internal.runtime.sbb;

import javax.slee.SbbID;
import javax.slee.SbbLocalObject;

/**
 * One CMP field of an SBB (JSLEE 1.1 §6.5): its index in the entity's state, its name and the
 * accessors' type. The generated concrete class calls {@link SbbObject#get(int)} and
 * {@link SbbObject#accept(Object, int)} with the index; this class gives them the field's rules.
 */
record CmpField(int index, String name, Class<?> type) {

  /** The value a get returns for what the entity stores (§6.5.1 copies, §6.5.2 removed SBBs). */
  Object read(Object stored, SbbID sbb) {
    Object v = CmpValues.value(stored, name, sbb);
    // §6.5.2: a CMP field holding a removed SBB entity's local object reads as null
    if (v instanceof SbbLocalObject local && isRemoved(local)) {
      return null;
    }
    return v == null ? SbbMethodBinder.defaultValue(type) : v;
  }

  private static boolean isRemoved(SbbLocalObject local) {
    try {
      return LocalObjects.entity(local).isRemoved();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
