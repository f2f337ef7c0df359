package org.sleecharging.container.internal.deploy;

import java.lang.reflect.Modifier;
import javax.slee.ActivityContextInterface;
import javax.slee.Sbb;
import javax.slee.SbbLocalObject;
import javax.slee.management.DeploymentException;
import javax.slee.resource.ResourceAdaptor;
import org.sleecharging.container.internal.model.ComponentDescriptor;
import org.sleecharging.container.internal.model.DescriptorSource;
import org.sleecharging.container.internal.model.EventTypeDescriptor;
import org.sleecharging.container.internal.model.RaDescriptor;
import org.sleecharging.container.internal.model.RaTypeDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.spi.InstalledComponent;

/**
 * Loads every class a descriptor names through the component's own loader and checks its supertype.
 * Deeper SBB abstract class checks (CMP accessors, event handlers, fire methods) are the runtime
 * code generator's, which refuses through DeploymentListener.installing.
 */
final class ClassChecks {

  private ClassChecks() {}

  static void check(InstalledComponent<?> component) throws DeploymentException {
    ComponentDescriptor d = component.descriptor();
    if (d instanceof EventTypeDescriptor e) {
      load(component, e.eventClassName(), at(e, "event-class-name"));
    } else if (d instanceof RaTypeDescriptor t) {
      checkRaType(component, t);
    } else if (d instanceof RaDescriptor ra) {
      checkRa(component, ra);
    } else if (d instanceof SbbDescriptor sbb) {
      checkSbb(component, sbb);
    }
  }

  private static void checkRaType(InstalledComponent<?> c, RaTypeDescriptor t)
      throws DeploymentException {
    for (String activity : t.activityTypes()) {
      load(c, activity, at(t, "resource-adaptor-type-classes/activity-type/activity-type-name"));
    }
    loadInterface(
        c,
        t.aciFactoryInterface(),
        at(t, "resource-adaptor-type-classes/activity-context-interface-factory-interface"),
        Object.class);
    loadInterface(
        c,
        t.raInterface(),
        at(t, "resource-adaptor-type-classes/resource-adaptor-interface"),
        Object.class);
  }

  /** JSLEE 1.1 ch. 15: the SLEE instantiates the RA class through its public no-arg constructor. */
  private static void checkRa(InstalledComponent<?> c, RaDescriptor ra) throws DeploymentException {
    DescriptorSource at =
        at(ra, "resource-adaptor-classes/resource-adaptor-class/resource-adaptor-class-name");
    Class<?> cls = load(c, ra.raClassName(), at);
    if (!ResourceAdaptor.class.isAssignableFrom(cls)) {
      throw Refusals.refuse(
          at, cls.getName() + " does not implement javax.slee.resource.ResourceAdaptor");
    }
    if (cls.isInterface()
        || Modifier.isAbstract(cls.getModifiers())
        || !Modifier.isPublic(cls.getModifiers())) {
      throw Refusals.refuse(at, cls.getName() + " must be a public concrete class");
    }
    try {
      if (!Modifier.isPublic(cls.getConstructor().getModifiers())) {
        throw new NoSuchMethodException();
      }
    } catch (NoSuchMethodException | LinkageError e) {
      throw Refusals.refuse(at, cls.getName() + " has no public no-argument constructor");
    }
    loadInterface(
        c,
        ra.usageParametersInterface(),
        at(ra, "resource-adaptor-classes/resource-adaptor-usage-parameters-interface"),
        Object.class);
  }

  private static void checkSbb(InstalledComponent<?> c, SbbDescriptor sbb)
      throws DeploymentException {
    DescriptorSource at = at(sbb, "sbb-classes/sbb-abstract-class/sbb-abstract-class-name");
    Class<?> cls = load(c, sbb.abstractClass(), at);
    int mod = cls.getModifiers();
    if (cls.isInterface() || !Modifier.isAbstract(mod) || !Modifier.isPublic(mod)) {
      throw Refusals.refuse(at, cls.getName() + " must be a public abstract class");
    }
    if (!Sbb.class.isAssignableFrom(cls)) {
      throw Refusals.refuse(at, cls.getName() + " does not implement javax.slee.Sbb");
    }
    loadInterface(
        c, sbb.localInterface(), at(sbb, "sbb-classes/sbb-local-interface"), SbbLocalObject.class);
    loadInterface(
        c,
        sbb.aciInterface(),
        at(sbb, "sbb-classes/sbb-activity-context-interface"),
        ActivityContextInterface.class);
    loadInterface(
        c,
        sbb.usageParametersInterface(),
        at(sbb, "sbb-classes/sbb-usage-parameters-interface"),
        Object.class);
  }

  /** Checks an optional interface; {@code supertype} Object means any interface. */
  private static void loadInterface(
      InstalledComponent<?> c, String name, DescriptorSource at, Class<?> supertype)
      throws DeploymentException {
    if (name == null) {
      return;
    }
    Class<?> cls = load(c, name, at);
    if (!cls.isInterface()) {
      throw Refusals.refuse(at, name + " must be an interface");
    }
    if (!supertype.isAssignableFrom(cls)) {
      throw Refusals.refuse(at, name + " does not extend " + supertype.getName());
    }
  }

  private static Class<?> load(InstalledComponent<?> c, String name, DescriptorSource at)
      throws DeploymentException {
    try {
      return c.loadClass(name);
    } catch (ClassNotFoundException | LinkageError e) {
      throw Refusals.refuse(
          at,
          "class "
              + name
              + " cannot be loaded from the component jar or the"
              + " components it references: "
              + e,
          e);
    }
  }

  private static DescriptorSource at(ComponentDescriptor d, String element) {
    return Refusals.child(d.source(), element);
  }
}
