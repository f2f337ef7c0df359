package org.sleecharging.container.internal.runtime.sbb;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import javax.slee.ActivityContextInterface;
import org.sleecharging.container.internal.model.AciAttributeAliasDescriptor;
import org.sleecharging.container.internal.runtime.activity.ActivityContextImpl;

/**
 * The SBB ACI interface of one (activity context, SBB entity) pair (JSLEE 1.1 §7.7): attribute
 * accessors read and write transactional attributes on the activity context, per entity unless
 * the attribute is aliased, in which case every SBB using the alias shares it (§7.7.3).
 */
final class SbbAciHandler implements InvocationHandler {
  private final AciImpl aci;
  private final SbbEntity entity;

  private SbbAciHandler(AciImpl aci, SbbEntity entity) {
    this.aci = aci;
    this.entity = entity;
  }

  static Object create(AciImpl aci, SbbEntity entity) {
    Class<?> type = entity.component().aciInterface();
    if (type == null) {
      return aci;
    }
    return Proxy.newProxyInstance(
        entity.component().classLoader(), new Class<?>[] {type}, new SbbAciHandler(aci, entity));
  }

  static ActivityContextImpl contextOf(Object proxy) {
    if (Proxy.isProxyClass(proxy.getClass())
        && Proxy.getInvocationHandler(proxy) instanceof SbbAciHandler h) {
      return h.aci.context();
    }
    return null;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == ActivityContextInterface.class
        || method.getDeclaringClass() == Object.class) {
      try {
        return method.invoke(aci, args);
      } catch (InvocationTargetException e) {
        throw LocalObjects.unwrap(e);
      }
    }
    entity.component().runtime().tx().manager().require();
    String name = method.getName();
    if (name.startsWith("set") && method.getParameterCount() == 1) {
      aci.context().attribute(key(name.substring(3)), args[0]);
      return null;
    }
    String attr = name.startsWith("is") ? name.substring(2) : name.substring(3);
    Object value = aci.context().attribute(key(attr));
    return value == null ? SbbMethodBinder.defaultValue(method.getReturnType()) : value;
  }

  private String key(String capitalized) {
    String attribute = Character.toLowerCase(capitalized.charAt(0)) + capitalized.substring(1);
    for (AciAttributeAliasDescriptor alias : entity.component().descriptor().aciAttributeAliases()) {
      if (alias.attributeNames().contains(attribute)) {
        return "alias:" + alias.aliasName();
      }
    }
    return "sbb:" + entity.id() + ":" + attribute;
  }
}
