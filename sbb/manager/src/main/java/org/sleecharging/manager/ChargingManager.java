package org.sleecharging.manager;

import java.util.List;

import javax.slee.ActivityContextInterface;
import javax.slee.SbbLocalObject;

/**
 * The local interface of the charging-manager child SBB: named charging instances for one service
 * session of a feature SBB, each over its own charging session of the charging RA (link name
 * {@code ChargingRA}). State lives in the manager's CMP fields, so it survives passivation and
 * rolls back with the caller's transaction.
 *
 * <p>How a feature uses it:
 * <ol>
 * <li>declare a child relation to the SBB {@code ChargingManagerSbb} (vendor {@code org.sleecharging},
 * version {@code 1.0}) and a {@code ChildRelation} getter; create the child and keep its local
 * object in a CMP field;</li>
 * <li>attach itself to an activity context that carries the results, preferably a NullActivity
 * of its own, and pass that ACI to {@link #configure(ChargingContext, ActivityContextInterface)}.
 * The manager fires {@code org.sleecharging.manager.CreditResult}, {@code InstructionPending} and
 * {@code ChargingInstanceEnded} (vendor {@code org.sleecharging}, version {@code 1.0}) on it; the
 * feature declares these events with {@code direction="Receive"} and {@code initial-event="False"};</li>
 * <li>create instances and call them; the answers arrive as events naming the instance.</li>
 * </ol>
 * Every SBB attached to that ACI with a handler for these events receives them, which is why a
 * dedicated NullActivity is the safe choice. Refusals are checked exceptions, so they do not roll
 * back the caller's transaction; null arguments throw NullPointerException.
 */
public interface ChargingManager extends SbbLocalObject, ChargingInstanceOperations {

    /**
     * Sets whom to charge and where results go. Call before creating instances; a later call
     * changes both for instances created afterwards and for all further results.
     */
    void configure(ChargingContext context, ActivityContextInterface resultActivity);

    /**
     * A reservation instance with the context's reservation terms. IllegalStateException if not
     * configured or the context has no reservation terms.
     */
    ReservationChargingInstance createReservationInstance(String name) throws DuplicateNameException;

    ReservationChargingInstance createReservationInstance(String name, ChargingTerms terms)
            throws DuplicateNameException;

    /**
     * An immediate instance with the context's immediate terms. IllegalStateException if not
     * configured or the context has no immediate terms.
     */
    ImmediateChargingInstance createImmediateChargingInstance(String name) throws DuplicateNameException;

    ImmediateChargingInstance createImmediateChargingInstance(String name, ChargingTerms terms)
            throws DuplicateNameException;

    /**
     * The instance with this name, live or final; a {@link ReservationChargingInstance} or an
     * {@link ImmediateChargingInstance} according to its type.
     */
    ChargingInstance getChargingInstance(String name) throws UnknownChargingInstanceException;

    /** Every instance, in creation order, final ones included. */
    List<ChargingInstance> getChargingInstances();
}
