package org.sleecharging.container.internal.deploy;

import javax.slee.management.DeploymentException;
import org.sleecharging.container.internal.model.DescriptorSource;

/**
 * Builds the deployment exceptions that refuse a deployable unit, always naming file and element.
 */
final class Refusals {

  static final String PROFILES_NOT_SUPPORTED = "profile specifications are not supported";

  private Refusals() {}

  static DeploymentException refuse(DescriptorSource source, String problem) {
    return new DeploymentException(source + ": " + problem);
  }

  static DeploymentException refuse(DescriptorSource source, String problem, Throwable cause) {
    return new DeploymentException(source + ": " + problem, cause);
  }

  static DescriptorSource child(DescriptorSource source, String childPath) {
    String element = source.element() == null ? childPath : source.element() + "/" + childPath;
    return new DescriptorSource(source.deployableUnit(), source.jar(), source.file(), element);
  }
}
