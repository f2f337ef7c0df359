/**
 * End-to-end tests of the example features: the built DU jars (netsim-du, ra-du, service-du) in the
 * embedded JAIN SLEE, the charging RA talking Ro to the OCS simulator over loopback, the network
 * driven by the simulator's driver. Copy one of the {@code *IT} classes to test a feature of your own.
 *
 * <p>How a test reads: make the network do something ({@code network.startCall(...)}), wait for
 * what the service did ({@code nextAction(call)}: connected, released with a cause, ...), look at
 * what the OCS received ({@code nextRequest(subscriber, RequestType.UPDATE)}) and took
 * ({@code taken()}, per unit bucket). {@link org.sleecharging.it.features.FeatureItBase} then
 * checks after every test that the OCS took exactly what the charging RA told the SBBs they charged
 * ({@link org.sleecharging.it.features.ChargingSpySbb} listens in on those answers), that no Ro
 * session is open and nothing held at the OCS, and that nothing is left in the SLEE.
 *
 * <p>The pieces:
 * <ul>
 * <li>{@link org.sleecharging.it.features.FeatureOcs}: the OCS simulator, its accounts, and the
 * choice of {@code features/arquillian.xml} (RA entities {@code NetworkSimulator} and
 * {@code ChargingRA}, Credit-Control-Failure-Handling per class with
 * {@link org.sleecharging.it.features.FeatureOcs.FailureHandling});</li>
 * <li>{@link org.sleecharging.it.features.FeatureDus} and
 * {@link org.sleecharging.it.features.TestDus}: the DUs deployed, built ones first;</li>
 * <li>{@link org.sleecharging.it.features.ManagerDriverSbb} and
 * {@link org.sleecharging.it.features.ManagerDriver}: a feature reduced to the charging manager's
 * API, for what the examples do not show (several instances, every refusal);</li>
 * <li>{@link org.sleecharging.it.features.Recorder} and {@link org.sleecharging.it.features.Wire}:
 * how the test SBBs report to the test across the SLEE's class loaders.</li>
 * </ul>
 */
package org.sleecharging.it.features;
