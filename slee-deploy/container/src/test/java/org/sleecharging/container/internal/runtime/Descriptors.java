package org.sleecharging.container.internal.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.slee.EventTypeID;
import javax.slee.SbbID;
import javax.slee.ServiceID;
import org.sleecharging.container.internal.model.AciAttributeAliasDescriptor;
import org.sleecharging.container.internal.model.ChildRelationDescriptor;
import org.sleecharging.container.internal.model.CmpFieldDescriptor;
import org.sleecharging.container.internal.model.DescriptorSource;
import org.sleecharging.container.internal.model.EnvEntryDescriptor;
import org.sleecharging.container.internal.model.EventDirection;
import org.sleecharging.container.internal.model.InitialEventSelect;
import org.sleecharging.container.internal.model.RaTypeBindingDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.model.SbbEventDescriptor;
import org.sleecharging.container.internal.model.ServiceDescriptor;

/** Hand-built descriptors for runtime tests. */
final class Descriptors {
  static final DescriptorSource SOURCE = new DescriptorSource("test-du", null, "sbb-jar.xml", "sbb");

  private Descriptors() {}

  static SbbBuilder sbb(String name, Class<?> abstractClass) {
    return new SbbBuilder(new SbbID(name, "org.test", "1.0"), abstractClass.getName());
  }

  static ServiceDescriptor service(String name, SbbID root, int priority) {
    return new ServiceDescriptor(
        new ServiceID(name, "org.test", "1.0"), SOURCE, null, root, (byte) priority);
  }

  static SbbEventDescriptor receive(String name, EventTypeID type) {
    return new SbbEventDescriptor(name, type, EventDirection.RECEIVE, false, false, Set.of(), null, null);
  }

  static SbbEventDescriptor fire(String name, EventTypeID type) {
    return new SbbEventDescriptor(name, type, EventDirection.FIRE, false, false, Set.of(), null, null);
  }

  static SbbEventDescriptor initial(String name, EventTypeID type, InitialEventSelect... selects) {
    return new SbbEventDescriptor(
        name, type, EventDirection.RECEIVE, true, false, Set.of(selects), null, null);
  }

  static SbbEventDescriptor initialWithSelector(String name, EventTypeID type, String method) {
    return new SbbEventDescriptor(
        name, type, EventDirection.RECEIVE, true, false, Set.of(), method, null);
  }

  static final class SbbBuilder {
    private final SbbID id;
    private final String abstractClass;
    private final Map<String, SbbID> refs = new HashMap<>();
    private final List<CmpFieldDescriptor> cmp = new ArrayList<>();
    private final List<ChildRelationDescriptor> children = new ArrayList<>();
    private final List<SbbEventDescriptor> events = new ArrayList<>();
    private final List<AciAttributeAliasDescriptor> aliases = new ArrayList<>();
    private final List<EnvEntryDescriptor> env = new ArrayList<>();
    private final List<RaTypeBindingDescriptor> raBindings = new ArrayList<>();
    private String localInterface;
    private String aciInterface;
    private boolean reentrant;
    private String usageInterface;

    SbbBuilder(SbbID id, String abstractClass) {
      this.id = id;
      this.abstractClass = abstractClass;
    }

    SbbBuilder cmp(String... names) {
      for (String n : names) {
        cmp.add(new CmpFieldDescriptor(n, null));
      }
      return this;
    }

    SbbBuilder child(String alias, SbbID child, String method, int priority) {
      refs.put(alias, child);
      children.add(new ChildRelationDescriptor(alias, method, (byte) priority));
      return this;
    }

    SbbBuilder events(SbbEventDescriptor... e) {
      events.addAll(List.of(e));
      return this;
    }

    SbbBuilder local(Class<?> type) {
      localInterface = type.getName();
      return this;
    }

    SbbBuilder aci(Class<?> type, AciAttributeAliasDescriptor... alias) {
      aciInterface = type.getName();
      aliases.addAll(List.of(alias));
      return this;
    }

    SbbBuilder usage(Class<?> type) {
      usageInterface = type.getName();
      return this;
    }

    SbbBuilder reentrant() {
      reentrant = true;
      return this;
    }

    SbbBuilder env(String name, String type, String value) {
      env.add(new EnvEntryDescriptor(name, type, value));
      return this;
    }

    SbbBuilder raBinding(RaTypeBindingDescriptor binding) {
      raBindings.add(binding);
      return this;
    }

    SbbDescriptor build() {
      return new SbbDescriptor(id, SOURCE, null, null, List.of(), refs, abstractClass, reentrant, cmp,
          children, localInterface, aciInterface, usageInterface, List.of(), events, aliases, env, raBindings);
    }
  }
}
