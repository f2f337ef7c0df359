package org.sleecharging.container.internal.deploy;

import java.util.List;
import javax.slee.management.DeploymentException;
import org.sleecharging.container.internal.model.ComponentDescriptor;
import org.w3c.dom.Element;

/** Converts the validated root element of one descriptor file into model records. */
@FunctionalInterface
interface DescriptorParser {

  List<ComponentDescriptor> parse(Element root, DescriptorFile file) throws DeploymentException;
}
