/**
 * Example feature SBBs that charge through the charging-manager child SBB (never the charging RA
 * directly), and what they share: {@link org.sleecharging.features.ChargingFeatureSbb} (manager child,
 * results NullActivity, teardown), {@link org.sleecharging.features.CreditVerdict} (what a
 * CreditResult means for the service), {@link org.sleecharging.features.FeatureTerms} (units and
 * tariff selectors) and the transition-table plumbing. One sub-package per feature: {@code .call}
 * (SCUR), {@code .content} (ECUR), {@code .message} (IEC); see README.md for how to write your own.
 */
package org.sleecharging.features;
