package org.sleecharging.netsim;

import javax.slee.resource.ResourceAdaptorID;
import javax.slee.resource.ResourceAdaptorTypeID;

/** Component ids and default names of the network simulator DU. */
public final class NetworkSimulator {

  public static final ResourceAdaptorTypeID RA_TYPE =
      new ResourceAdaptorTypeID("NetworkSimulatorType", "org.sleecharging", "1.0");
  public static final ResourceAdaptorID RA =
      new ResourceAdaptorID("NetworkSimulatorRA", "org.sleecharging", "1.0");

  /** Entity name the launcher and tests create. */
  public static final String ENTITY_NAME = "NetworkSimulator";

  /** Link name SBBs bind to ({@code resource-adaptor-entity-link}). */
  public static final String LINK_NAME = "NetworkSimulator";

  /** JNDI names SBB descriptors conventionally use for the provider and the ACI factory. */
  public static final String PROVIDER_JNDI_NAME = "slee/resources/netsim/provider";
  public static final String ACI_FACTORY_JNDI_NAME = "slee/resources/netsim/acifactory";

  private NetworkSimulator() {}
}
