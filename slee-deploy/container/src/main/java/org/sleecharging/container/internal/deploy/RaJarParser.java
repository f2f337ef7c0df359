package org.sleecharging.container.internal.deploy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.slee.management.DeploymentException;
import javax.slee.resource.ResourceAdaptorID;
import javax.slee.resource.ResourceAdaptorTypeID;
import org.sleecharging.container.internal.model.ComponentDescriptor;
import org.sleecharging.container.internal.model.ConfigPropertyDescriptor;
import org.sleecharging.container.internal.model.DescriptorSource;
import org.sleecharging.container.internal.model.RaDescriptor;
import org.sleecharging.container.internal.model.UsageParameterDescriptor;
import org.w3c.dom.Element;

/** Parses resource-adaptor-jar.xml and checks its config properties (JSLEE 1.1 §15.4). */
final class RaJarParser {

  private RaJarParser() {}

  static List<ComponentDescriptor> parse(Element root, DescriptorFile file)
      throws DeploymentException {
    List<ComponentDescriptor> out = new ArrayList<>();
    for (Element ra : Dom.children(root, "resource-adaptor")) {
      out.add(parseRa(ra, file.at("resource-adaptor")));
    }
    return out;
  }

  private static RaDescriptor parseRa(Element ra, DescriptorSource source)
      throws DeploymentException {
    ResourceAdaptorID id =
        new ResourceAdaptorID(
            Dom.text(ra, "resource-adaptor-name"),
            Dom.text(ra, "resource-adaptor-vendor"),
            Dom.text(ra, "resource-adaptor-version"));
    List<ResourceAdaptorTypeID> raTypes =
        Dom.children(ra, "resource-adaptor-type-ref").stream().map(Dom::raTypeRef).toList();
    Element classes = Dom.required(ra, "resource-adaptor-classes");
    Element raClass = Dom.required(classes, "resource-adaptor-class");
    Optional<Element> usage = Dom.child(classes, "resource-adaptor-usage-parameters-interface");
    String usageInterface =
        usage
            .map(u -> Dom.text(u, "resource-adaptor-usage-parameters-interface-name"))
            .orElse(null);
    List<UsageParameterDescriptor> usageParameters =
        usage.map(RaJarParser::usageParameters).orElse(List.of());
    return new RaDescriptor(
        id,
        source,
        Dom.description(ra),
        raTypes,
        Dom.libraryRefs(ra),
        Dom.text(raClass, "resource-adaptor-class-name"),
        Dom.flag(raClass, "supports-active-reconfiguration"),
        Dom.flag(ra, "ignore-ra-type-event-type-check"),
        usageInterface,
        usageParameters,
        configProperties(ra, source));
  }

  static List<UsageParameterDescriptor> usageParameters(Element usageInterface) {
    return Dom.children(usageInterface, "usage-parameter").stream()
        .map(
            p ->
                new UsageParameterDescriptor(
                    p.getAttribute("name"), Dom.flag(p, "notifications-enabled")))
        .toList();
  }

  private static List<ConfigPropertyDescriptor> configProperties(
      Element ra, DescriptorSource source) throws DeploymentException {
    List<ConfigPropertyDescriptor> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Element p : Dom.children(ra, "config-property")) {
      String name = Dom.text(p, "config-property-name");
      String type = Dom.text(p, "config-property-type");
      String value = Dom.optionalText(p, "config-property-value");
      DescriptorSource at = Refusals.child(source, "config-property");
      if (!names.add(name)) {
        throw Refusals.refuse(at, "config property '" + name + "' is declared twice");
      }
      ConfigValueType valueType =
          ConfigValueType.of(type)
              .orElseThrow(
                  () ->
                      Refusals.refuse(
                          at,
                          "config property '"
                              + name
                              + "' has type "
                              + type
                              + ", which JSLEE 1.1 §15.4 does not allow; allowed: "
                              + ConfigValueType.allowedNames()));
      if (value != null && valueType.parse(value).isEmpty()) {
        throw Refusals.refuse(
            at,
            "config property '"
                + name
                + "' has default value '"
                + value
                + "', which is not a valid "
                + type);
      }
      out.add(new ConfigPropertyDescriptor(name, type, value));
    }
    return out;
  }
}
