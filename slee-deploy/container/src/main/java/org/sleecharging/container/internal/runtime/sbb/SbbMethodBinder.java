package org.sleecharging.container.internal.runtime.sbb;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javax.slee.ActivityContextInterface;
import javax.slee.Address;
import javax.slee.ChildRelation;
import javax.slee.ServiceID;
import javax.slee.management.DeploymentException;
import javax.slee.management.SbbNotification;
import org.sleecharging.container.internal.model.ChildRelationDescriptor;
import org.sleecharging.container.internal.model.CmpFieldDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.model.SbbEventDescriptor;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;

/**
 * Implements every abstract method of an SBB abstract class (JSLEE 1.1 §6.5 CMP fields, §6.8 child
 * relations, §8.5.4 fire methods, §7.7.1 asSbbActivityContextInterface, §11.4 usage parameters) or
 * refuses the SBB, naming the method it cannot implement.
 */
final class SbbMethodBinder {
  private SbbMethodBinder() {}

  static void bind(SbbComponent c) throws DeploymentException {
    SbbDescriptor d = c.descriptor();
    List<CmpField> fields = new ArrayList<>();
    for (CmpFieldDescriptor f : d.cmpFields()) {
      fields.add(new CmpField(fields.size(), f.name(), checkCmpPair(c, f)));
    }
    c.cmpFields(fields);
    for (Method m : SbbClassBuilder.abstractMethods(c.abstractClass())) {
      c.implement(SbbComponent.signature(m), implementation(c, m));
    }
  }

  /** The field's type, once its abstract getter and setter are found to agree. */
  private static Class<?> checkCmpPair(SbbComponent c, CmpFieldDescriptor f)
      throws DeploymentException {
    String cap = capitalize(f.name());
    Method getter = null;
    Method setter = null;
    for (Method m : SbbClassBuilder.abstractMethods(c.abstractClass())) {
      if (m.getName().equals("get" + cap) && m.getParameterCount() == 0) {
        getter = m;
      } else if (m.getName().equals("set" + cap) && m.getParameterCount() == 1) {
        setter = m;
      }
    }
    if (getter == null || setter == null) {
      throw SbbClassBuilder.fail(c.descriptor(), "CMP field " + f.name() + " needs abstract "
          + (getter == null ? "get" : "set") + cap + " (§6.5.1)");
    }
    if (setter.getParameterTypes()[0] != getter.getReturnType()) {
      throw SbbClassBuilder.fail(c.descriptor(), "CMP field " + f.name() + ": get" + cap
          + " returns " + getter.getReturnType().getName() + " but set" + cap + " takes "
          + setter.getParameterTypes()[0].getName());
    }
    return getter.getReturnType();
  }

  private static AbstractMethodImpl implementation(SbbComponent c, Method m)
      throws DeploymentException {
    SbbDescriptor d = c.descriptor();
    String name = m.getName();
    for (CmpField f : c.cmpFields()) {
      String cap = capitalize(f.name());
      // The generated class calls SbbObject's accessors directly; these serve reflective callers.
      if (name.equals("get" + cap) && m.getParameterCount() == 0) {
        return (o, a) -> o.get(f.index());
      }
      if (name.equals("set" + cap) && m.getParameterCount() == 1) {
        return (o, a) -> {
          o.accept(a[0], f.index());
          return null;
        };
      }
    }
    for (ChildRelationDescriptor r : d.childRelations()) {
      if (name.equals(r.methodName()) && m.getParameterCount() == 0) {
        if (m.getReturnType() != ChildRelation.class) {
          throw SbbClassBuilder.fail(d, "child relation method " + m + " must return ChildRelation");
        }
        return (o, a) -> new ChildRelationImpl(o.requireEntity(), r);
      }
    }
    if (name.startsWith("fire") && name.length() > 4) {
      return fireMethod(c, m);
    }
    return other(c, m);
  }

  private static AbstractMethodImpl fireMethod(SbbComponent c, Method m) throws DeploymentException {
    String eventName = m.getName().substring(4);
    SbbEventDescriptor e = c.descriptor().event(eventName).orElse(null);
    if (e == null || !e.direction().fires()) {
      throw SbbClassBuilder.fail(c.descriptor(), "fire method " + m.getName()
          + " has no event " + eventName + " declared with event-direction Fire or FireAndReceive");
    }
    Class<?>[] p = m.getParameterTypes();
    boolean ok = m.getReturnType() == void.class
        && (p.length == 3 || (p.length == 4 && p[3] == ServiceID.class))
        && ActivityContextInterface.class.isAssignableFrom(p[1]) && p[2] == Address.class;
    if (!ok) {
      throw SbbClassBuilder.fail(c.descriptor(), "fire method " + m
          + " must be void(<event>, ActivityContextInterface, Address[, ServiceID]) (§8.5.4)");
    }
    return (o, a) -> {
      SbbRuntime rt = o.component().runtime();
      ServiceID service = a.length == 4 ? (ServiceID) a[3] : null;
      rt.fire(o.requireEntity(), e.eventType(), a[0], (ActivityContextInterface) a[1],
          (Address) a[2], service);
      return null;
    };
  }

  private static AbstractMethodImpl other(SbbComponent c, Method m) throws DeploymentException {
    String name = m.getName();
    List<Class<?>> p = List.of(m.getParameterTypes());
    if (name.equals("asSbbActivityContextInterface")
        && p.equals(List.of(ActivityContextInterface.class)) && c.aciInterface() != null) {
      return (o, a) -> {
        SbbRuntime rt = o.component().runtime();
        rt.tx().manager().require();
        ActivityContextImpl ac = rt.acOf((ActivityContextInterface) a[0]);
        return SbbAciHandler.create(rt.aci(ac), o.requireEntity());
      };
    }
    if (c.usageInterface() != null && name.equals("getDefaultSbbUsageParameterSet") && p.isEmpty()) {
      return (o, a) -> usage(o, null);
    }
    if (c.usageInterface() != null && name.equals("getSbbUsageParameterSet")
        && p.equals(List.of(String.class))) {
      return (o, a) -> {
        if (a[0] == null) {
          throw new NullPointerException("usage parameter set name");
        }
        return usage(o, (String) a[0]);
      };
    }
    throw SbbClassBuilder.fail(c.descriptor(), "abstract method " + m
        + " is no CMP accessor, child relation, fire, ACI narrowing or usage method of the"
        + " descriptor, and profile CMP methods are not supported");
  }

  private static Object usage(SbbObject o, String name) throws Exception {
    SbbComponent c = o.component();
    SbbNotification source = new SbbNotification(o.context().getService(), c.id());
    return c.runtime().usage().get(source, c.usageInterface(), name);
  }

  static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static Object defaultValue(Class<?> type) {
    if (!type.isPrimitive() || type == void.class) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return '\0';
    }
    if (type == byte.class) {
      return (byte) 0;
    }
    if (type == short.class) {
      return (short) 0;
    }
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    return type == float.class ? 0f : 0d;
  }
}
