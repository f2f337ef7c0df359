package org.sleecharging.container.internal.spi;

import java.util.List;
import javax.slee.InvalidStateException;
import javax.slee.management.DependencyException;
import javax.slee.management.DeploymentException;

/**
 * Lets the runtime take part in installing and uninstalling a deployable unit. The deployer calls
 * these with the unit's components in dependency (install) order, or reverse order for uninstall.
 */
public interface DeploymentListener {

  /**
   * The components are about to become installed (their class loaders are ready). Throwing rejects
   * the whole deployable unit: the deployer then calls {@link #uninstalled} on every listener that
   * already accepted, and nothing stays installed.
   */
  void installing(List<InstalledComponent<?>> components) throws DeploymentException;

  /**
   * Veto before uninstalling: throw if a component is still in use (an RA entity of an RA, a
   * service that is not INACTIVE). Nothing has changed yet when this is called.
   */
  void checkUninstall(List<InstalledComponent<?>> components)
      throws DependencyException, InvalidStateException;

  /** The components are gone (or an install was rolled back): drop everything kept for them. */
  void uninstalled(List<InstalledComponent<?>> components);
}
