/**
 * The deployer: installs JAIN SLEE 1.1 deployable unit jars into the embedded container.
 *
 * <p>{@link org.sleecharging.container.internal.deploy.Deployer} is the entry point, with the
 * semantics of {@link javax.slee.management.DeploymentMBean}; it owns the {@link
 * org.sleecharging.container.internal.spi.ComponentRepository} the rest of the container reads.
 * Installing a unit goes through these steps, and any failure undoes all of them:
 *
 * <ol>
 *   <li>read META-INF/deployable-unit.xml, extract each component jar (and the library jars nested
 *       in library components) into a per-unit work directory, parse each descriptor;
 *   <li>validate each descriptor against the bundled JAIN SLEE 1.1 DTDs. The DOCTYPE is resolved by
 *       public id, else by the file name of its system id; the network is never used. A descriptor
 *       without DOCTYPE, with an unknown DOCTYPE or with a JAIN SLEE 1.0 DOCTYPE is refused naming
 *       the file; so is anything that uses profile specifications;
 *   <li>refuse duplicate component ids, unresolved references and dependency cycles, and order the
 *       components so that each comes after everything it references;
 *   <li>build one class loader per component jar (JAIN SLEE API from the container, then every
 *       referenced component's jar, then the jar itself) and check the classes the descriptors
 *       name;
 *   <li>offer the components to each {@link
 *       org.sleecharging.container.internal.spi.DeploymentListener} in registration order.
 * </ol>
 *
 * <p>Every refusal is a {@link javax.slee.management.DeploymentException} whose message starts with
 * the place of the problem, e.g. {@code du.jar!/sbbs.jar!/META-INF/sbb-jar.xml
 * <sbb/event/event-type-ref>: ...}.
 */
package org.sleecharging.container.internal.deploy;
