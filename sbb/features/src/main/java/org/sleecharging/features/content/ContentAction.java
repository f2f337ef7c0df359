package org.sleecharging.features.content;

/** What the content feature does for one piece of content, in the order a transition lists them. */
public enum ContentAction {
    /** {@code doCreditReservation}: reserve the content's size in octets. */
    RESERVE,
    /** {@code DataSessionActivity.allowContent}. */
    ALLOW,
    /** {@code DataSessionActivity.denyContent} with the refusal cause. */
    DENY,
    /** {@code reportUsedUnits}: the delivered octets are the used units. */
    REPORT_DELIVERED,
    /** {@code clearInstruction}: the content is one event; its delivery report settles it. */
    DECLINE_INSTRUCTION,
    /** {@code doCreditFinalisation(FINAL)}: debit what was reported, return the rest of the reservation. */
    FINALISE
}
