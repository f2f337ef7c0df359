package org.sleecharging.container.internal.model;

import java.util.List;
import javax.slee.resource.ResourceAdaptorTypeID;

/**
 * A {@code resource-adaptor-type-binding}: {@code aciFactoryName} is the JNDI name (relative to
 * java:comp/env) of the RA type's ACI factory, or null.
 */
public record RaTypeBindingDescriptor(
    ResourceAdaptorTypeID raType, String aciFactoryName, List<RaEntityBindingDescriptor> entityBindings) {

  public RaTypeBindingDescriptor {
    entityBindings = List.copyOf(entityBindings);
  }
}
