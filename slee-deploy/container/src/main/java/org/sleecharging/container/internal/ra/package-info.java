/**
 * Resource adaptor entities (JSLEE 1.1 ch. 15). {@link
 * org.sleecharging.container.internal.ra.ResourceAdaptorEntities} is the entry point: the
 * ResourceManagementMBean operations, the {@code RaEntityDirectory} the runtime finds entities in,
 * the {@code DeploymentListener} that keeps an RA with entities installed, and the {@code
 * ServiceLifecycleListener} that relays service state changes to entities. Each entity gets a
 * ResourceAdaptorContext and, for a Restcomm {@code FaultTolerantResourceAdaptor}, a single-member
 * fault tolerant context whose replicated data is shared by the entities of the same RA.
 */
package org.sleecharging.container.internal.ra;
