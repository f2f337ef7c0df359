package org.sleecharging.container.internal.ra;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.slee.EventTypeID;
import javax.slee.SbbID;
import javax.slee.ServiceID;
import javax.slee.resource.ConfigProperties;
import javax.slee.resource.ResourceAdaptorID;
import javax.slee.resource.ResourceAdaptorTypeID;
import org.sleecharging.container.internal.model.ChildRelationDescriptor;
import org.sleecharging.container.internal.model.ConfigPropertyDescriptor;
import org.sleecharging.container.internal.model.DescriptorSource;
import org.sleecharging.container.internal.model.EventDirection;
import org.sleecharging.container.internal.model.EventTypeDescriptor;
import org.sleecharging.container.internal.model.InitialEventSelect;
import org.sleecharging.container.internal.model.RaDescriptor;
import org.sleecharging.container.internal.model.RaEntityBindingDescriptor;
import org.sleecharging.container.internal.model.RaTypeBindingDescriptor;
import org.sleecharging.container.internal.model.RaTypeDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.model.SbbEventDescriptor;
import org.sleecharging.container.internal.model.ServiceDescriptor;

/** Hand-built descriptors of a small test deployment. */
final class Fixtures {

  static final EventTypeID REQUEST = new EventTypeID("Request", "org.test", "1.0");
  static final EventTypeID ANSWER = new EventTypeID("Answer", "org.test", "1.0");

  /** Installed, but no event type of the test RA type. */
  static final EventTypeID FOREIGN = new EventTypeID("Foreign", "org.test", "1.0");

  static final ResourceAdaptorTypeID RA_TYPE =
      new ResourceAdaptorTypeID("TestType", "org.test", "1.0");
  static final ResourceAdaptorTypeID OTHER_TYPE =
      new ResourceAdaptorTypeID("Other", "org.test", "1.0");
  static final ResourceAdaptorID RA = new ResourceAdaptorID("TestRa", "org.test", "1.0");
  static final ResourceAdaptorID FT_RA = new ResourceAdaptorID("FtRa", "org.test", "1.0");
  static final ResourceAdaptorID RECONFIGURABLE_RA =
      new ResourceAdaptorID("HotRa", "org.test", "1.0");
  static final ResourceAdaptorID UNCHECKED_RA =
      new ResourceAdaptorID("AnyEventRa", "org.test", "1.0");
  static final SbbID ROOT_SBB = new SbbID("Root", "org.test", "1.0");
  static final SbbID CHILD_SBB = new SbbID("Child", "org.test", "1.0");
  static final ServiceID SERVICE = new ServiceID("Service", "org.test", "1.0");

  private Fixtures() {}

  static DescriptorSource source(String element) {
    return new DescriptorSource("test-du.jar", "test.jar", "META-INF/test.xml", element);
  }

  static EventTypeDescriptor event(EventTypeID id) {
    return new EventTypeDescriptor(
        id, source("event-definition"), null, List.of(), "org.test.events." + id.getName());
  }

  static RaTypeDescriptor raType() {
    return new RaTypeDescriptor(
        RA_TYPE,
        source("resource-adaptor-type"),
        null,
        List.of(),
        List.of("java.lang.Object"),
        null,
        RecordingRa.SBB_INTERFACE,
        List.of(REQUEST, ANSWER));
  }

  static List<ConfigPropertyDescriptor> configProperties() {
    return List.of(
        new ConfigPropertyDescriptor("host", "java.lang.String", "localhost"),
        new ConfigPropertyDescriptor("port", "java.lang.Integer", "3868"),
        new ConfigPropertyDescriptor("secret", "java.lang.String", null),
        new ConfigPropertyDescriptor("failActive", "java.lang.Boolean", "false"));
  }

  static RaDescriptor raDescriptor(ResourceAdaptorID id, Class<?> raClass) {
    return raDescriptor(
        id, raClass, id.equals(RECONFIGURABLE_RA), id.equals(UNCHECKED_RA), configProperties());
  }

  static RaDescriptor raDescriptor(
      ResourceAdaptorID id,
      Class<?> raClass,
      boolean activeReconfiguration,
      boolean ignoreEventTypeCheck,
      List<ConfigPropertyDescriptor> properties) {
    return new RaDescriptor(
        id,
        source("resource-adaptor"),
        null,
        List.of(RA_TYPE),
        List.of(),
        raClass.getName(),
        activeReconfiguration,
        ignoreEventTypeCheck,
        TestRaUsage.class.getName(),
        List.of(),
        properties);
  }

  static SbbEventDescriptor receive(EventTypeID type, boolean initial, String resourceOption) {
    return new SbbEventDescriptor(
        type.getName(),
        type,
        EventDirection.RECEIVE,
        initial,
        false,
        initial ? Set.of(InitialEventSelect.ACTIVITY_CONTEXT) : Set.of(),
        null,
        resourceOption);
  }

  static SbbEventDescriptor fire(EventTypeID type) {
    return new SbbEventDescriptor(
        type.getName(), type, EventDirection.FIRE, false, false, Set.of(), null, null);
  }

  static SbbDescriptor sbb(
      SbbID id,
      Map<String, SbbID> refs,
      List<ChildRelationDescriptor> children,
      List<SbbEventDescriptor> events,
      String linkName) {
    List<RaTypeBindingDescriptor> bindings =
        linkName == null
            ? List.of()
            : List.of(
                new RaTypeBindingDescriptor(
                    RA_TYPE,
                    null,
                    List.of(new RaEntityBindingDescriptor("slee/resources/test", linkName))));
    return new SbbDescriptor(
        id,
        source("sbb"),
        null,
        null,
        List.of(),
        refs,
        "org.test.Sbb",
        false,
        List.of(),
        children,
        null,
        null,
        null,
        List.of(),
        events,
        List.of(),
        List.of(),
        bindings);
  }

  static ServiceDescriptor service() {
    return new ServiceDescriptor(SERVICE, source("service"), null, ROOT_SBB, (byte) 0);
  }

  static ConfigProperties.Property prop(String name, String type, Object value) {
    return new ConfigProperties.Property(name, type, value);
  }

  /** The one property without default, which every creation must give. */
  static ConfigProperties withSecret(ConfigProperties.Property... more) {
    ConfigProperties props = new ConfigProperties();
    props.addProperty(prop("secret", "java.lang.String", "s3cret"));
    for (ConfigProperties.Property p : more) {
      props.addProperty(p);
    }
    return props;
  }
}
