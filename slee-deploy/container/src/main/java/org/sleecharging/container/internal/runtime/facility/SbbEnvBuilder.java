package org.sleecharging.container.internal.runtime.facility;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.naming.Context;
import javax.slee.facilities.ActivityContextNamingFacility;
import javax.slee.facilities.AlarmFacility;
import javax.slee.facilities.TimerFacility;
import javax.slee.management.DeploymentException;
import javax.slee.management.SbbNotification;
import javax.slee.nullactivity.NullActivityContextInterfaceFactory;
import javax.slee.nullactivity.NullActivityFactory;
import javax.slee.serviceactivity.ServiceActivityContextInterfaceFactory;
import javax.slee.serviceactivity.ServiceActivityFactory;
import org.sleecharging.container.internal.model.EnvEntryDescriptor;
import org.sleecharging.container.internal.model.RaEntityBindingDescriptor;
import org.sleecharging.container.internal.model.RaTypeBindingDescriptor;
import org.sleecharging.container.internal.model.RaTypeDescriptor;
import org.sleecharging.container.internal.runtime.naming.CurrentSbb;
import org.sleecharging.container.internal.runtime.naming.EnvContext;
import org.sleecharging.container.internal.runtime.sbb.SbbComponent;
import org.sleecharging.container.internal.spi.ComponentRepository;
import org.sleecharging.container.internal.spi.NotificationFacilities;
import org.sleecharging.container.internal.spi.RaEntityDirectory;

/**
 * Builds an SBB's java:comp/env (JSLEE 1.1 §6.13): the facilities, the null and service activity
 * factories, env-entries, and for each resource-adaptor-type-binding the RA type's ACI factory and
 * each entity binding's SBB interface (resolved at lookup through the link name).
 */
public final class SbbEnvBuilder {
  private static final String ENV = "java:comp/env/";

  private final TimerFacility timers;
  private final ActivityContextNamingFacility naming;
  private final SleeActivityFactories sleeActivities;
  private final RaAciFactories raAciFactories;
  private final NotificationFacilities notifications;
  private final RaEntityDirectory directory;
  private final ComponentRepository repository;

  public SbbEnvBuilder(
      TimerFacility timers,
      ActivityContextNamingFacility naming,
      SleeActivityFactories sleeActivities,
      RaAciFactories raAciFactories,
      NotificationFacilities notifications,
      RaEntityDirectory directory,
      ComponentRepository repository) {
    this.timers = timers;
    this.naming = naming;
    this.sleeActivities = sleeActivities;
    this.raAciFactories = raAciFactories;
    this.notifications = notifications;
    this.directory = directory;
    this.repository = repository;
  }

  public Context build(SbbComponent sbb) {
    Map<String, Object> b = new HashMap<>();
    b.put(rel(TimerFacility.JNDI_NAME), timers);
    b.put(rel(ActivityContextNamingFacility.JNDI_NAME), naming);
    b.put(rel(NullActivityFactory.JNDI_NAME), sleeActivities);
    b.put(rel(NullActivityContextInterfaceFactory.JNDI_NAME), sleeActivities);
    b.put(rel(ServiceActivityFactory.JNDI_NAME), sleeActivities.serviceActivityFactory());
    b.put(rel(ServiceActivityContextInterfaceFactory.JNDI_NAME), sleeActivities.serviceAciFactory());
    b.put(rel(AlarmFacility.JNDI_NAME), (Supplier<AlarmFacility>) () -> {
      CurrentSbb.Frame frame = CurrentSbb.peek();
      return notifications.alarmFacility(new SbbNotification(frame.service(), sbb.id()));
    });
    for (EnvEntryDescriptor e : sbb.descriptor().envEntries()) {
      b.put(e.name(), envValue(sbb, e));
    }
    for (RaTypeBindingDescriptor binding : sbb.descriptor().raTypeBindings()) {
      if (binding.aciFactoryName() != null) {
        b.put(binding.aciFactoryName(), aciFactory(sbb, binding));
      }
      for (RaEntityBindingDescriptor e : binding.entityBindings()) {
        b.put(e.objectName(), (Supplier<Object>) () -> directory.byLinkName(e.linkName())
            .map(entity -> entity.sbbInterface(binding.raType()))
            .orElse(null));
      }
    }
    return new EnvContext(b);
  }

  private Object aciFactory(SbbComponent sbb, RaTypeBindingDescriptor binding) {
    try {
      RaTypeDescriptor raType = repository.get(binding.raType(), RaTypeDescriptor.class).descriptor();
      if (raType.aciFactoryInterface() == null) {
        throw new IllegalStateException(sbb.id() + " binds an ACI factory at "
            + binding.aciFactoryName() + " but " + binding.raType() + " declares none");
      }
      Class<?> type = Class.forName(raType.aciFactoryInterface(), false, sbb.classLoader());
      return raAciFactories.create(type, binding.raType());
    } catch (javax.slee.UnrecognizedComponentException | ClassNotFoundException e) {
      throw new IllegalStateException(sbb.id() + ": cannot build the ACI factory of "
          + binding.raType() + " for " + binding.aciFactoryName(), e);
    }
  }

  private static String rel(String jndiName) {
    return jndiName.startsWith(ENV) ? jndiName.substring(ENV.length()) : jndiName;
  }

  /** env-entry types of JSLEE 1.1 §6.13.1.1. */
  static Object envValue(SbbComponent sbb, EnvEntryDescriptor e) {
    String v = e.value();
    try {
      return switch (e.type()) {
        case "java.lang.String" -> v;
        case "java.lang.Integer" -> Integer.valueOf(v.trim());
        case "java.lang.Long" -> Long.valueOf(v.trim());
        case "java.lang.Boolean" -> Boolean.valueOf(v.trim());
        case "java.lang.Double" -> Double.valueOf(v.trim());
        case "java.lang.Float" -> Float.valueOf(v.trim());
        case "java.lang.Short" -> Short.valueOf(v.trim());
        case "java.lang.Byte" -> Byte.valueOf(v.trim());
        case "java.lang.Character" -> v.charAt(0);
        default -> throw new IllegalArgumentException("unsupported env-entry-type " + e.type());
      };
    } catch (RuntimeException ex) {
      throw new IllegalStateException(sbb.id() + ": bad env-entry " + e.name() + " = " + v, ex);
    }
  }

  /** Checked at install: every env-entry converts to its type. */
  public static void checkEnvEntries(SbbComponent sbb) throws DeploymentException {
    for (EnvEntryDescriptor e : sbb.descriptor().envEntries()) {
      try {
        envValue(sbb, e);
      } catch (IllegalStateException ex) {
        throw new DeploymentException(ex.getMessage(), ex.getCause());
      }
    }
  }
}
