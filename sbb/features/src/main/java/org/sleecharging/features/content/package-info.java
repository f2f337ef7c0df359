/**
 * ECUR content download (TS 32.299 §6.3.5): reserve the content's size, allow it, debit what was
 * delivered, return the reservation when delivery fails. Decisions per content in
 * {@link org.sleecharging.features.content.ContentPhase}; the session's contents in
 * {@link org.sleecharging.features.content.ContentBook}; SLEE plumbing in
 * {@link org.sleecharging.features.content.ContentChargingSbb}.
 */
package org.sleecharging.features.content;
