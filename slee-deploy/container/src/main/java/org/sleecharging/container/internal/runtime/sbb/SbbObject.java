package org.sleecharging.container.internal.runtime.sbb;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
import javax.slee.SLEEException;
import javax.slee.Sbb;

/**
 * An SBB object (JSLEE 1.1 §6.1): an instance of the generated concrete class, in the Pooled state
 * when {@link #entity()} is null, else Ready for that entity. Its abstract methods dispatch to the
 * component's implementations with this object as context.
 */
final class SbbObject implements IntFunction<Object>, ObjIntConsumer<Object> {
  private final SbbComponent component;
  private final Sbb instance;
  private final SbbContextImpl context;
  private volatile SbbEntity entity;

  SbbObject(SbbComponent component) {
    this.component = component;
    try {
      this.instance = (Sbb) component.concreteClass().getConstructor().newInstance();
      Field f = component.concreteClass().getField(SbbClassBuilder.HANDLER_FIELD);
      InvocationHandler handler = this::dispatch;
      f.set(instance, handler);
      component.concreteClass().getField(SbbClassBuilder.CMP_GET_FIELD).set(instance, this);
      component.concreteClass().getField(SbbClassBuilder.CMP_SET_FIELD).set(instance, this);
    } catch (ReflectiveOperationException e) {
      throw new SLEEException("cannot instantiate SBB object of " + component.id(), e);
    }
    this.context = new SbbContextImpl(this);
  }

  private Object dispatch(Object proxy, Method method, Object[] args) throws Throwable {
    AbstractMethodImpl impl = component.implementation(method);
    if (impl == null) {
      throw new SLEEException(component.id() + ": no container implementation of " + method);
    }
    return impl.invoke(this, args == null ? new Object[0] : args);
  }

  /** A CMP getter of the generated class (§6.5.1): the field at this index. */
  @Override
  public Object apply(int field) {
    return get(field);
  }

  Object get(int field) {
    CmpField f = component.cmpFields().get(field);
    return f.read(requireEntity().cmp(field), component.id());
  }

  /** A CMP setter of the generated class (§6.5.1): stores the value at the field's index. */
  @Override
  public void accept(Object value, int field) {
    component.runtime().tx().manager().require();
    CmpField f = component.cmpFields().get(field);
    requireEntity().cmp(field, CmpValues.stored(value, f.name(), component.id()));
  }

  SbbComponent component() {
    return component;
  }

  Sbb instance() {
    return instance;
  }

  SbbContextImpl context() {
    return context;
  }

  SbbEntity entity() {
    return entity;
  }

  /** The entity whose state the object's CMP and child methods use (§6.1: Ready state). */
  SbbEntity requireEntity() {
    SbbEntity e = entity;
    if (e == null) {
      throw new IllegalStateException(component.id() + ": SBB object is not assigned to an entity");
    }
    return e;
  }

  void entity(SbbEntity value) {
    this.entity = value;
  }
}
