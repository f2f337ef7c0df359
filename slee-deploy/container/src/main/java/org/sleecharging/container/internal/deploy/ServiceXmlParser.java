package org.sleecharging.container.internal.deploy;

import java.util.ArrayList;
import java.util.List;
import javax.slee.ServiceID;
import javax.slee.management.DeploymentException;
import org.sleecharging.container.internal.model.ComponentDescriptor;
import org.sleecharging.container.internal.model.DescriptorSource;
import org.sleecharging.container.internal.model.ServiceDescriptor;
import org.w3c.dom.Element;

/** Parses a service.xml; address-profile-table was already refused by {@link DescriptorXml}. */
final class ServiceXmlParser {

  private ServiceXmlParser() {}

  static List<ComponentDescriptor> parse(Element root, DescriptorFile file)
      throws DeploymentException {
    List<ComponentDescriptor> out = new ArrayList<>();
    for (Element service : Dom.children(root, "service")) {
      DescriptorSource source = file.at("service");
      ServiceID id =
          new ServiceID(
              Dom.text(service, "service-name"),
              Dom.text(service, "service-vendor"),
              Dom.text(service, "service-version"));
      byte priority =
          SbbJarParser.priority(
              Dom.text(service, "default-priority"), Refusals.child(source, "default-priority"));
      out.add(
          new ServiceDescriptor(
              id,
              source,
              Dom.description(service),
              Dom.sbbRef(Dom.required(service, "root-sbb")),
              priority));
    }
    return out;
  }
}
