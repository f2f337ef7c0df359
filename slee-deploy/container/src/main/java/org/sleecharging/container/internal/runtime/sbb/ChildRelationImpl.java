package org.sleecharging.container.internal.runtime.sbb;

import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.List;
import javax.slee.ChildRelation;
import javax.slee.CreateException;
import javax.slee.SbbLocalObject;
import org.sleecharging.container.internal.model.ChildRelationDescriptor;

/** A child relation of one parent entity (JSLEE 1.1 §6.8); removing an element removes the child. */
@SuppressWarnings({"rawtypes", "unchecked"})
final class ChildRelationImpl extends AbstractCollection implements ChildRelation {
  private final SbbEntity parent;
  private final ChildRelationDescriptor relation;

  ChildRelationImpl(SbbEntity parent, ChildRelationDescriptor relation) {
    this.parent = parent;
    this.relation = relation;
  }

  private SbbRuntime runtime() {
    parent.component().runtime().tx().manager().require();
    return parent.component().runtime();
  }

  @Override
  public SbbLocalObject create() throws CreateException {
    SbbEntity child = runtime().entities().createChild(parent, relation);
    return (SbbLocalObject) child.localObject();
  }

  private List<SbbEntity> live() {
    runtime();
    return parent.children(relation.methodName());
  }

  @Override
  public Iterator iterator() {
    Iterator<SbbEntity> it = live().iterator();
    return new Iterator<SbbLocalObject>() {
      private SbbEntity last;

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public SbbLocalObject next() {
        last = it.next();
        return (SbbLocalObject) last.localObject();
      }

      @Override
      public void remove() {
        if (last == null) {
          throw new IllegalStateException("next() not called");
        }
        runtime().entities().removeTree(last);
        last = null;
      }
    };
  }

  @Override
  public int size() {
    return live().size();
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof SbbLocalObject local && owns(local);
  }

  @Override
  public boolean remove(Object o) {
    if (!(o instanceof SbbLocalObject local) || !owns(local)) {
      return false;
    }
    runtime().entities().removeTree(LocalObjects.entity(local));
    return true;
  }

  private boolean owns(SbbLocalObject local) {
    try {
      return live().contains(LocalObjects.entity(local));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public boolean add(Object o) {
    throw new UnsupportedOperationException("use ChildRelation.create() (JSLEE 1.1 §6.8)");
  }
}
