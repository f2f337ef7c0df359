package org.sleecharging.container.internal.deploy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.slee.SbbID;
import javax.slee.management.DeploymentException;
import org.sleecharging.container.internal.model.AciAttributeAliasDescriptor;
import org.sleecharging.container.internal.model.ChildRelationDescriptor;
import org.sleecharging.container.internal.model.CmpFieldDescriptor;
import org.sleecharging.container.internal.model.ComponentDescriptor;
import org.sleecharging.container.internal.model.DescriptorSource;
import org.sleecharging.container.internal.model.EnvEntryDescriptor;
import org.sleecharging.container.internal.model.EventDirection;
import org.sleecharging.container.internal.model.InitialEventSelect;
import org.sleecharging.container.internal.model.RaEntityBindingDescriptor;
import org.sleecharging.container.internal.model.RaTypeBindingDescriptor;
import org.sleecharging.container.internal.model.SbbDescriptor;
import org.sleecharging.container.internal.model.SbbEventDescriptor;
import org.sleecharging.container.internal.model.UsageParameterDescriptor;
import org.w3c.dom.Element;

/**
 * Parses sbb-jar.xml (the JAIN SLEE 1.1 SBB deployment descriptor) and checks what can be checked
 * from the descriptor alone: sbb-alias-refs, priorities, event names, env-entry types. Profile
 * elements were already refused by {@link DescriptorXml}.
 */
final class SbbJarParser {

  private SbbJarParser() {}

  static List<ComponentDescriptor> parse(Element root, DescriptorFile file)
      throws DeploymentException {
    List<ComponentDescriptor> out = new ArrayList<>();
    for (Element sbb : Dom.children(root, "sbb")) {
      out.add(parseSbb(sbb, file.at("sbb")));
    }
    return out;
  }

  private static SbbDescriptor parseSbb(Element sbb, DescriptorSource source)
      throws DeploymentException {
    SbbID id = Dom.sbbRef(sbb);
    Map<String, SbbID> sbbRefs = sbbRefs(sbb, source);
    Element classes = Dom.required(sbb, "sbb-classes");
    Element abstractClass = Dom.required(classes, "sbb-abstract-class");
    Optional<Element> usage = Dom.child(classes, "sbb-usage-parameters-interface");
    List<UsageParameterDescriptor> usageParameters =
        usage.map(RaJarParser::usageParameters).orElse(List.of());
    refuseEjbRefs(sbb, source);
    return new SbbDescriptor(
        id,
        source,
        Dom.description(sbb),
        Dom.optionalText(sbb, "sbb-alias"),
        Dom.libraryRefs(sbb),
        sbbRefs,
        Dom.text(abstractClass, "sbb-abstract-class-name"),
        Dom.flag(abstractClass, "reentrant"),
        cmpFields(abstractClass, sbbRefs, source),
        childRelations(abstractClass, sbbRefs, source),
        Dom.child(classes, "sbb-local-interface")
            .map(e -> Dom.text(e, "sbb-local-interface-name"))
            .orElse(null),
        Dom.child(classes, "sbb-activity-context-interface")
            .map(e -> Dom.text(e, "sbb-activity-context-interface-name"))
            .orElse(null),
        usage.map(e -> Dom.text(e, "sbb-usage-parameters-interface-name")).orElse(null),
        usageParameters,
        events(sbb, source),
        aciAliases(sbb),
        envEntries(sbb, source),
        raTypeBindings(sbb));
  }

  private static Map<String, SbbID> sbbRefs(Element sbb, DescriptorSource source)
      throws DeploymentException {
    Map<String, SbbID> refs = new LinkedHashMap<>();
    for (Element ref : Dom.children(sbb, "sbb-ref")) {
      String alias = Dom.text(ref, "sbb-alias");
      if (refs.put(alias, Dom.sbbRef(ref)) != null) {
        throw Refusals.refuse(
            Refusals.child(source, "sbb-ref/sbb-alias"), "sbb-alias '" + alias + "' is used twice");
      }
    }
    return refs;
  }

  private static List<CmpFieldDescriptor> cmpFields(
      Element abstractClass, Map<String, SbbID> sbbRefs, DescriptorSource source)
      throws DeploymentException {
    DescriptorSource at = Refusals.child(source, "sbb-classes/sbb-abstract-class/cmp-field");
    List<CmpFieldDescriptor> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Element field : Dom.children(abstractClass, "cmp-field")) {
      String name = Dom.text(field, "cmp-field-name");
      if (!names.add(name)) {
        throw Refusals.refuse(at, "cmp-field '" + name + "' is declared twice");
      }
      String alias = Dom.optionalText(field, "sbb-alias-ref");
      checkAlias(alias, sbbRefs, at, "cmp-field '" + name + "'");
      out.add(new CmpFieldDescriptor(name, alias));
    }
    return out;
  }

  private static List<ChildRelationDescriptor> childRelations(
      Element abstractClass, Map<String, SbbID> sbbRefs, DescriptorSource source)
      throws DeploymentException {
    DescriptorSource at =
        Refusals.child(source, "sbb-classes/sbb-abstract-class/get-child-relation-method");
    List<ChildRelationDescriptor> out = new ArrayList<>();
    for (Element m : Dom.children(abstractClass, "get-child-relation-method")) {
      String method = Dom.text(m, "get-child-relation-method-name");
      String alias = Dom.text(m, "sbb-alias-ref");
      checkAlias(alias, sbbRefs, at, "child relation method " + method);
      out.add(
          new ChildRelationDescriptor(
              alias, method, priority(Dom.text(m, "default-priority"), at)));
    }
    return out;
  }

  private static void checkAlias(
      String alias, Map<String, SbbID> sbbRefs, DescriptorSource at, String user)
      throws DeploymentException {
    if (alias != null && !sbbRefs.containsKey(alias)) {
      throw Refusals.refuse(
          at,
          user
              + " names sbb-alias-ref '"
              + alias
              + "', which no sbb-ref of this SBB declares (declared: "
              + sbbRefs.keySet()
              + ")");
    }
  }

  /**
   * Service and child relation priorities are bytes, -128..127, as in the JSLEE 1.1 DTD comments.
   */
  static byte priority(String text, DescriptorSource at) throws DeploymentException {
    try {
      return Byte.parseByte(text);
    } catch (NumberFormatException e) {
      throw Refusals.refuse(
          at, "default-priority '" + text + "' is not an integer from -128 to 127");
    }
  }

  private static List<SbbEventDescriptor> events(Element sbb, DescriptorSource source)
      throws DeploymentException {
    DescriptorSource at = Refusals.child(source, "event");
    List<SbbEventDescriptor> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Element event : Dom.children(sbb, "event")) {
      String name = Dom.text(event, "event-name");
      if (!names.add(name)) {
        throw Refusals.refuse(at, "event-name '" + name + "' is declared twice");
      }
      EventDirection direction =
          EventDirection.fromDescriptor(event.getAttribute("event-direction"));
      boolean initial = Dom.flag(event, "initial-event");
      if (initial && !direction.receives()) {
        throw Refusals.refuse(at, "event '" + name + "' is an initial event but is not received");
      }
      out.add(
          new SbbEventDescriptor(
              name,
              Dom.eventTypeRef(Dom.required(event, "event-type-ref")),
              direction,
              initial,
              Dom.flag(event, "mask-on-attach"),
              initialEventSelects(event, name, at),
              Dom.optionalText(event, "initial-event-selector-method-name"),
              Dom.optionalText(event, "event-resource-option")));
    }
    return out;
  }

  private static Set<InitialEventSelect> initialEventSelects(
      Element event, String eventName, DescriptorSource at) throws DeploymentException {
    Set<InitialEventSelect> selects = EnumSet.noneOf(InitialEventSelect.class);
    for (Element select : Dom.children(event, "initial-event-select")) {
      InitialEventSelect variable =
          InitialEventSelect.fromDescriptor(select.getAttribute("variable"));
      if (variable == InitialEventSelect.ADDRESS_PROFILE) {
        throw Refusals.refuse(
            Refusals.child(at, "initial-event-select"),
            "event '"
                + eventName
                + "' selects on AddressProfile: "
                + Refusals.PROFILES_NOT_SUPPORTED);
      }
      selects.add(variable);
    }
    return selects;
  }

  private static List<AciAttributeAliasDescriptor> aciAliases(Element sbb) {
    return Dom.children(sbb, "activity-context-attribute-alias").stream()
        .map(
            a ->
                new AciAttributeAliasDescriptor(
                    Dom.text(a, "attribute-alias-name"),
                    Dom.children(a, "sbb-activity-context-attribute-name").stream()
                        .map(n -> n.getTextContent().trim())
                        .toList()))
        .toList();
  }

  private static List<EnvEntryDescriptor> envEntries(Element sbb, DescriptorSource source)
      throws DeploymentException {
    DescriptorSource at = Refusals.child(source, "env-entry");
    List<EnvEntryDescriptor> out = new ArrayList<>();
    for (Element entry : Dom.children(sbb, "env-entry")) {
      String name = Dom.text(entry, "env-entry-name");
      String type = Dom.text(entry, "env-entry-type");
      String value = Dom.optionalText(entry, "env-entry-value");
      ConfigValueType valueType =
          ConfigValueType.of(type)
              .orElseThrow(
                  () ->
                      Refusals.refuse(
                          at,
                          "env-entry '"
                              + name
                              + "' has type "
                              + type
                              + ", which JAIN SLEE 1.1 does not allow for env-entries; allowed: "
                              + ConfigValueType.allowedNames()));
      if (value != null && valueType.parse(value).isEmpty()) {
        throw Refusals.refuse(
            at, "env-entry '" + name + "' has value '" + value + "', which is not a valid " + type);
      }
      out.add(new EnvEntryDescriptor(name, type, value));
    }
    return out;
  }

  private static List<RaTypeBindingDescriptor> raTypeBindings(Element sbb) {
    return Dom.children(sbb, "resource-adaptor-type-binding").stream()
        .map(
            b ->
                new RaTypeBindingDescriptor(
                    Dom.raTypeRef(Dom.required(b, "resource-adaptor-type-ref")),
                    Dom.optionalText(b, "activity-context-interface-factory-name"),
                    Dom.children(b, "resource-adaptor-entity-binding").stream()
                        .map(
                            e ->
                                new RaEntityBindingDescriptor(
                                    Dom.text(e, "resource-adaptor-object-name"),
                                    Dom.optionalText(e, "resource-adaptor-entity-link")))
                        .toList()))
        .toList();
  }

  /** The container has no EJB container to bind references to; refusing beats a dangling name. */
  private static void refuseEjbRefs(Element sbb, DescriptorSource source)
      throws DeploymentException {
    if (Dom.child(sbb, "ejb-ref").isPresent()) {
      throw Refusals.refuse(Refusals.child(source, "ejb-ref"), "EJB references are not supported");
    }
  }
}
