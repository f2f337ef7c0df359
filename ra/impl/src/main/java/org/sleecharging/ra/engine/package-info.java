/**
 * The charging engine: everything the charging RA decides, in plain Java (no {@code javax.slee},
 * no {@code org.jdiameter}; {@code EngineImportsTest} enforces it, STYLE.md lesson 3).
 *
 * <h2>How the RA drives it</h2>
 * <ul>
 * <li><b>Construction</b> ({@code raActive}): {@code new ChargingEngine(sla, roPort, listener,
 * Clock.systemUTC(), scheduler, nodeId)} with the {@link org.sleecharging.ra.engine.SlaConfig}
 * parsed in {@code raVerifyConfiguration}, a jDiameter-backed
 * {@link org.sleecharging.ra.engine.ro.RoClientPort}, a {@link org.sleecharging.ra.engine.Scheduler}
 * over a {@code ScheduledExecutorService}, and a node id unique in the cluster.</li>
 * <li><b>SBB calls</b>: the activity object delegates each {@code *Req} to the engine method of the
 * same name on the SBB's thread; the engine validates, changes state and returns at once. The Parlay
 * exceptions it throws pass straight to the SBB. The RA maps a SLEE {@code Address} to a
 * {@link org.sleecharging.ra.engine.ro.ChargedUser} with {@link org.sleecharging.ra.engine.ChargingEngine#user}.</li>
 * <li><b>Outcomes</b>: {@link org.sleecharging.ra.engine.EngineListener#onEvent} gives the event
 * to fire on the session's activity (the event classes of {@code org.sleecharging.events});
 * {@code onSessionEnded} means: end the activity. Both may be called on the SBB's thread (local
 * outcomes such as a debit against the reservation), a port completion thread or a scheduler
 * thread; the RA fires with {@code SleeEndpoint.fireEvent} and never blocks.</li>
 * <li><b>Ro</b>: the engine sends through the port without holding a lock and runs its own Tx
 * timer; the port completes each stage once. RAR and ASR arrive at the RA's jDiameter listener,
 * which calls {@code onReauthRequest}/{@code onAbort} and answers RAA/ASA with 2001, or 5002
 * (DIAMETER_UNKNOWN_SESSION_ID) when they return false.</li>
 * <li><b>Timers</b>: lifetime expiry and Tx timers are scheduled through the injected scheduler;
 * no SLEE timer facility is needed.</li>
 * <li><b>Replication</b>: {@code onSessionChanged(snapshot)} after every change; the RA puts the
 * {@link org.sleecharging.ra.engine.SessionSnapshot} into {@code FaultTolerantResourceAdaptor}
 * replicated data under the session id and removes it on {@code onSessionEnded}.
 * {@code recreateChargingSession(id)} reads it and calls
 * {@link org.sleecharging.ra.engine.ChargingEngine#restore}, which continues the same request
 * numbers, books, lifetime, Ro Session-Ids and CC-Request-Numbers.</li>
 * </ul>
 *
 * <h2>Where this deviates from a literal reading of DESIGN.md</h2>
 * <ul>
 * <li>Debits and credits against a reservation are booked locally and answered at once; their net
 * usage goes to the OCS as Used-Service-Unit on the next CCR-UPDATE (a further reservation) or on
 * CCR-TERMINATION (close, limit reached, release, expiry, abort). Hence a credit against the
 * reservation may return at most the usage not yet reported (else P_CHS_ERR_NO_CREDIT): the wire
 * can never carry a negative Used-Service-Unit. Use a direct credit for anything else.</li>
 * <li>extendLifeTimeReq is decided locally from the SLA (no CCR-UPDATE).</li>
 * <li>An amount reservation holds one currency, fixed by the first reserveAmountReq.</li>
 * </ul>
 */
package org.sleecharging.ra.engine;
