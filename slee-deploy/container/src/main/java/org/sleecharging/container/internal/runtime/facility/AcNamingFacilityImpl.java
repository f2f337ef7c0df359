package org.sleecharging.container.internal.runtime.facility;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.slee.ActivityContextInterface;
import javax.slee.facilities.ActivityContextNamingFacility;
import javax.slee.facilities.NameAlreadyBoundException;
import javax.slee.facilities.NameNotBoundException;
import org.sleecharging.container.internal.runtime.activity.Activities;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;
import org.sleecharging.container.internal.runtime.sbb.SbbRuntime;
import org.sleecharging.container.internal.runtime.tx.TxState;

/**
 * The activity context naming facility (JSLEE 1.1 §13.5): transactional bindings of names to
 * activity contexts; a bound name keeps its activity referenced; names of an ended activity go.
 */
public final class AcNamingFacilityImpl implements ActivityContextNamingFacility {
  private final Map<String, ActivityContextImpl> names = new ConcurrentHashMap<>();
  private final TxState tx;
  private final Activities activities;
  private final SbbRuntime sbbs;

  public AcNamingFacilityImpl(TxState tx, Activities activities, SbbRuntime sbbs) {
    this.tx = tx;
    this.activities = activities;
    this.sbbs = sbbs;
  }

  @Override
  public void bind(ActivityContextInterface aci, String name) throws NameAlreadyBoundException {
    if (aci == null || name == null) {
      throw new NullPointerException(aci == null ? "aci" : "name");
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException("empty activity context name");
    }
    tx.manager().require();
    ActivityContextImpl ac = sbbs.acOf(aci);
    if (ac.isEnding()) {
      throw new IllegalArgumentException("activity is ending: " + ac);
    }
    if (names.putIfAbsent(name, ac) != null) {
      throw new NameAlreadyBoundException("activity context name already bound: " + name);
    }
    ac.nameBound(1);
    tx.undo(() -> {
      names.remove(name, ac);
      ac.nameBound(-1);
    });
  }

  @Override
  public void unbind(String name) throws NameNotBoundException {
    if (name == null) {
      throw new NullPointerException("name");
    }
    tx.manager().require();
    ActivityContextImpl ac = names.remove(name);
    if (ac == null) {
      throw new NameNotBoundException("activity context name not bound: " + name);
    }
    ac.nameBound(-1);
    tx.undo(() -> {
      names.put(name, ac);
      ac.nameBound(1);
    });
    tx.atCommitEnd(() -> activities.scheduler().poke(ac));
  }

  @Override
  public ActivityContextInterface lookup(String name) {
    if (name == null) {
      throw new NullPointerException("name");
    }
    tx.manager().require();
    ActivityContextImpl ac = names.get(name);
    return ac == null ? null : sbbs.aci(ac);
  }

  /** Unbinds every name of an ended activity (§13.5.1). */
  public void activityEnded(ActivityContextImpl ac) {
    names.entrySet().removeIf(e -> {
      if (e.getValue() == ac) {
        ac.nameBound(-1);
        return true;
      }
      return false;
    });
  }

  public int boundNames() {
    return names.size();
  }
}
