/**
 * The charging RA type: the SBB-facing API of online charging (TS 29.198-12 Charging SCF in SLEE
 * form). {@link org.sleecharging.ratype.ChargingProvider} creates sessions,
 * {@link org.sleecharging.ratype.ChargingSessionActivity} carries requests, answers arrive as
 * events of {@code org.sleecharging.events}. Value types are those of
 * {@code org.sleecharging.events.value} (the event jar, see its package doc for why). Synchronous
 * refusals are the Parlay exceptions of this package, all subclasses of
 * {@link org.sleecharging.ratype.ChargingException}.
 */
package org.sleecharging.ratype;
