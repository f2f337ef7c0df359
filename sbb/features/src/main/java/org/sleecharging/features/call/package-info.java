/**
 * SCUR voice call (TS 32.299 §6.3.3): reserve before connect, re-reserve when the manager asks,
 * suspend while not talking, finalise on hang-up, release when credit is exhausted. Decisions in
 * {@link org.sleecharging.features.call.CallPhase}; SLEE plumbing in
 * {@link org.sleecharging.features.call.CallChargingSbb}.
 */
package org.sleecharging.features.call;
