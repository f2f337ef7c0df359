/**
 * IEC message (TS 32.299 §6.3.4): debit each message before accepting it, refund it when delivery
 * fails, reject it when the debit is refused. Decisions in
 * {@link org.sleecharging.features.message.MessagePhase}; SLEE plumbing in
 * {@link org.sleecharging.features.message.MessageChargingSbb}.
 */
package org.sleecharging.features.message;
