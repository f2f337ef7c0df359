package org.sleecharging.container.internal.runtime.sbb;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
import javax.slee.ActivityContextInterface;
import javax.slee.EventContext;
import javax.slee.EventTypeID;
import javax.slee.InitialEventSelector;
import javax.slee.Sbb;
import javax.slee.management.DeploymentException;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;
import net.bytebuddy.implementation.InvocationHandlerAdapter;
import net.bytebuddy.implementation.MethodCall;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.matcher.ElementMatchers;
import org.sleecharging.container.internal.model.CmpFieldDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.model.SbbEventDescriptor;
import org.sleecharging.container.internal.spi.InstalledComponent;

/**
 * Checks an SBB abstract class against its descriptor (JSLEE 1.1 §6.11 …§6.13 method rules) and
 * generates its concrete class with Byte Buddy: every abstract method forwards to an invocation
 * handler in a field, which the runtime sets per SBB object.
 */
final class SbbClassBuilder {
  static final String HANDLER_FIELD = "$sleeHandler";
  static final String CMP_GET_FIELD = "$sleeCmpGet";
  static final String CMP_SET_FIELD = "$sleeCmpSet";

  private final Function<EventTypeID, String> eventClassNames;

  SbbClassBuilder(Function<EventTypeID, String> eventClassNames) {
    this.eventClassNames = eventClassNames;
  }

  SbbComponent build(InstalledComponent<SbbDescriptor> installed, ClassLoader contextLoader)
      throws DeploymentException {
    SbbDescriptor d = installed.descriptor();
    Class<?> abstractClass = load(installed, d.abstractClass(), "sbb-abstract-class");
    if (!Sbb.class.isAssignableFrom(abstractClass) || !Modifier.isAbstract(abstractClass.getModifiers())
        || !Modifier.isPublic(abstractClass.getModifiers())) {
      throw fail(d, "abstract class " + abstractClass.getName()
          + " must be public, abstract and implement javax.slee.Sbb (§6.12)");
    }
    Map<EventTypeID, SbbEventDescriptor> events = new LinkedHashMap<>();
    Map<EventTypeID, Method> handlers = new HashMap<>();
    Map<EventTypeID, Method> selectors = new HashMap<>();
    Set<EventTypeID> maskOnAttach = new HashSet<>();
    for (SbbEventDescriptor e : d.events()) {
      events.put(e.eventType(), e);
      if (e.direction().receives()) {
        handlers.put(e.eventType(), handler(d, abstractClass, e, installed));
        if (e.maskOnAttach()) {
          maskOnAttach.add(e.eventType());
        }
      }
      if (e.initialEventSelectorMethod() != null) {
        selectors.put(e.eventType(), selector(d, abstractClass, e.initialEventSelectorMethod()));
      }
    }
    Class<?> concrete = generate(abstractClass, d.cmpFields());
    return new SbbComponent(
        installed, abstractClass, concrete, events, handlers, selectors, maskOnAttach,
        optional(installed, d.localInterface(), "sbb-local-interface"),
        optional(installed, d.aciInterface(), "sbb-activity-context-interface"),
        optional(installed, d.usageParametersInterface(), "sbb-usage-parameters-interface"),
        contextLoader);
  }

  private Method handler(
      SbbDescriptor d, Class<?> abstractClass, SbbEventDescriptor e, InstalledComponent<?> c)
      throws DeploymentException {
    String name = "on" + e.eventName();
    Method found = null;
    for (Method m : declaredMethods(abstractClass)) {
      if (m.getName().equals(name) && !Modifier.isAbstract(m.getModifiers())) {
        found = m;
        break;
      }
    }
    if (found == null) {
      throw fail(d, "no event handler method " + name + " for event " + e.eventName() + " (§8.5.3)");
    }
    Class<?>[] p = found.getParameterTypes();
    boolean shapeOk = found.getReturnType() == void.class
        && (p.length == 2 || (p.length == 3 && p[2] == EventContext.class))
        && ActivityContextInterface.class.isAssignableFrom(p[1])
        && !Modifier.isStatic(found.getModifiers());
    if (!shapeOk) {
      throw fail(d, "event handler " + found + " must be void " + name
          + "(<event class>, <ActivityContextInterface>[, EventContext]) (§8.5.3)");
    }
    String eventClass = eventClassNames.apply(e.eventType());
    if (eventClass != null) {
      Class<?> ec = load(c, eventClass, "event-class of " + e.eventType());
      if (!p[0].isAssignableFrom(ec)) {
        throw fail(d, "event handler " + found + " takes " + p[0].getName()
            + " but event " + e.eventType() + " is a " + eventClass);
      }
    }
    found.setAccessible(true);
    return found;
  }

  private Method selector(SbbDescriptor d, Class<?> abstractClass, String name)
      throws DeploymentException {
    for (Method m : declaredMethods(abstractClass)) {
      if (m.getName().equals(name) && m.getParameterCount() == 1
          && m.getParameterTypes()[0] == InitialEventSelector.class
          && m.getReturnType() == InitialEventSelector.class
          && !Modifier.isAbstract(m.getModifiers())) {
        m.setAccessible(true);
        return m;
      }
    }
    throw fail(d, "no initial event selector method InitialEventSelector " + name
        + "(InitialEventSelector) (§8.6.4)");
  }

  /**
   * The concrete class: CMP accessors (§6.5) call the SBB object's indexed accessors through two
   * fields typed with JDK interfaces, which the SBB's class loader sees; every other abstract
   * method goes through the invocation handler.
   */
  private static Class<?> generate(Class<?> abstractClass, List<CmpFieldDescriptor> cmpFields) {
    DynamicType.Builder<?> b = new ByteBuddy()
        .subclass(abstractClass, ConstructorStrategy.Default.IMITATE_SUPER_CLASS_PUBLIC)
        .name(abstractClass.getName() + "$$SleeConcrete")
        .defineField(HANDLER_FIELD, InvocationHandler.class, Visibility.PUBLIC)
        .defineField(CMP_GET_FIELD, IntFunction.class, Visibility.PUBLIC)
        .defineField(CMP_SET_FIELD, ObjIntConsumer.class, Visibility.PUBLIC)
        .method(ElementMatchers.isAbstract())
        .intercept(InvocationHandlerAdapter.toField(HANDLER_FIELD));
    Method apply;
    Method accept;
    try {
      apply = IntFunction.class.getMethod("apply", int.class);
      accept = ObjIntConsumer.class.getMethod("accept", Object.class, int.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
    for (int i = 0; i < cmpFields.size(); i++) {
      String cap = SbbMethodBinder.capitalize(cmpFields.get(i).name());
      b = b.method(ElementMatchers.<MethodDescription>isAbstract()
              .and(ElementMatchers.named("get" + cap)).and(ElementMatchers.takesArguments(0)))
          .intercept(MethodCall.invoke(apply).onField(CMP_GET_FIELD).with(i)
              .withAssigner(Assigner.DEFAULT, Assigner.Typing.DYNAMIC))
          .method(ElementMatchers.<MethodDescription>isAbstract()
              .and(ElementMatchers.named("set" + cap)).and(ElementMatchers.takesArguments(1)))
          .intercept(MethodCall.invoke(accept).onField(CMP_SET_FIELD).withArgument(0).with(i)
              .withAssigner(Assigner.DEFAULT, Assigner.Typing.DYNAMIC));
    }
    return b.make()
        .load(abstractClass.getClassLoader(), ClassLoadingStrategy.Default.WRAPPER)
        .getLoaded();
  }

  /** The abstract methods the container must implement: declared or inherited, not overridden. */
  static List<Method> abstractMethods(Class<?> type) {
    Map<String, Method> seen = new LinkedHashMap<>();
    List<Method> result = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (!m.isSynthetic() && !m.isBridge() && !Modifier.isStatic(m.getModifiers())) {
          seen.putIfAbsent(SbbComponent.signature(m), m);
        }
      }
    }
    for (Method m : type.getMethods()) {
      if (m.getDeclaringClass().isInterface() && !m.isDefault()) {
        seen.putIfAbsent(SbbComponent.signature(m), m);
      }
    }
    for (Method m : seen.values()) {
      if (Modifier.isAbstract(m.getModifiers())) {
        result.add(m);
      }
    }
    return result;
  }

  static List<Method> declaredMethods(Class<?> type) {
    List<Method> all = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      all.addAll(List.of(c.getDeclaredMethods()));
    }
    return all;
  }

  private static Class<?> optional(InstalledComponent<SbbDescriptor> c, String name, String what)
      throws DeploymentException {
    return name == null ? null : load(c, name, what);
  }

  private static Class<?> load(InstalledComponent<?> c, String name, String what)
      throws DeploymentException {
    try {
      return c.loadClass(name);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new DeploymentException(
          c.descriptor().id() + ": cannot load " + what + " " + name + " ("
              + c.descriptor().source() + ")", e);
    }
  }

  static DeploymentException fail(SbbDescriptor d, String message) {
    return new DeploymentException(d.id() + " (" + d.source() + "): " + message);
  }
}
