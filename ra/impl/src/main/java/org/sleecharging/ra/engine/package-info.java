/**
 * The charging engine: everything the charging RA decides, in plain Java (no {@code javax.slee},
 * no {@code org.jdiameter}; {@code EngineImportsTest} enforces it, STYLE.md lesson 3).
 *
 * <h2>How the RA drives it</h2>
 * <ul>
 * <li><b>Construction</b> ({@code raActive}): {@code new ChargingEngine(sla, roPort, listener,
 * Clock.systemUTC(), scheduler, nodeId)} with the {@link org.sleecharging.ra.engine.SlaConfig}
 * parsed in {@code raVerifyConfiguration} (including {@code secondaryPeer}, the default
 * {@code failureHandling} and {@code directDebitingFailureHandling}), a jDiameter-backed
 * {@link org.sleecharging.ra.engine.ro.RoClientPort}, a {@link org.sleecharging.ra.engine.Scheduler}
 * (the RA uses a timer wheel), and a node id unique in the cluster.</li>
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
 * timer; the port completes each stage once and sends each CCR to its {@code route()} peer, with the T
 * flag when {@code isRetransmission()}. RAR and ASR arrive at the RA's jDiameter listener,
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
 * <h2>Ro failures (RFC 4006 §5.7, §8.14, §8.15, §13)</h2>
 * The SBB always gets a Res or an Err for a numbered request; no charge is applied twice.
 * <ul>
 * <li><b>Failure</b> of a CCR: the engine's Tx timer fires ({@code SlaConfig.txTimeout}, §13), the
 * port completes with {@link org.sleecharging.ra.engine.ro.RoTransportException}, or the answer carries
 * a 3xxx protocol error (3002 UNABLE_TO_DELIVER, 3004 TOO_BUSY). 4xxx/5xxx answers are the OCS's
 * decision and map to Parlay errors as before.</li>
 * <li><b>Per session</b>: Credit-Control-Failure-Handling (CCFH) and CC-Session-Failover start as the
 * SLA defaults (RFC defaults TERMINATE and not supported) and are replaced by the values any
 * CCA-INITIAL/UPDATE carries, for the rest of the session and for all its legs (§5.7). The session's
 * peer starts PRIMARY. All three and the buffered EVENT requests are in the {@code SessionSnapshot}.</li>
 * <li><b>Failover</b>: a failed CCR is re-sent once, the same CCR (Session-Id, CC-Request-Number) with
 * the T flag, to the other peer, with a fresh Tx timer, if a secondary peer is configured, the session
 * supports failover, and the CCR is an EVENT or CCFH is CONTINUE or RETRY_AND_TERMINATE (§8.14: TERMINATE
 * does not move the stream). The session then stays on that peer. Of the original's and the
 * retransmission's answers the first is applied and the other ignored; a failure of the abandoned
 * original is ignored.</li>
 * <li><b>Reservation (CCR-INITIAL/UPDATE) failing for good</b>: the SBB gets {@code Reserve*Err} with
 * P_CHS_ERR_UNDEFINED, extra information naming the failure and the CCFH, and
 * {@code getFailureHandling()} SESSION_ENDS (TERMINATE, RETRY_AND_TERMINATE) or SESSION_CONTINUES
 * (CONTINUE); every other Err carries NOT_APPLIED.
 * TERMINATE / RETRY_AND_TERMINATE: then {@code SessionEnded(P_CHS_CAUSE_UNDEFINED)} and the activity
 * ends; the failed Ro session is closed locally (no CCR-TERMINATION), healthy legs of a split session
 * send CCR-TERMINATION, and usage the failed CCR-UPDATE carried goes to
 * {@code EngineListener.onUsageReportFailed} (alarm) instead of being lost silently.
 * CONTINUE: the session keeps its state and what is left of its reservation; debits booked locally stay
 * unreported and go out as Used-Service-Unit with the next CCR (UPDATE or TERMINATION). A failed
 * CCR-INITIAL leaves no Ro session; the next reservation opens a new one.</li>
 * <li><b>CCR-TERMINATION failing for good</b> (close, release, expiry, abort; the SBB was answered
 * before it left): {@code onUsageReportFailed} with the CCR and its usage.</li>
 * <li><b>EVENT (direct debit/credit) failing for good</b>: Direct-Debiting-Failure-Handling (SLA,
 * §8.15), never CCFH. TERMINATE_OR_BUFFER: a debit whose failure proves nothing was debited (3xxx) gets
 * {@code DirectDebit*Err} (UNDEFINED); after a Tx timeout or transport failure, when the OCS may have
 * debited, it gets {@code DirectDebit*Res} and the CCR is buffered with the T flag: it is re-sent,
 * first, whenever the session next sends a CCR and when the session ends, until the OCS answers it; an
 * OCS refusal of a buffered CCR, or a buffered CCR still failing when the session has ended, goes to
 * {@code onUsageReportFailed}. CONTINUE: {@code DirectDebit*Res}, the CCR is dropped and reported to
 * {@code onUsageReportFailed}. A direct credit (refund) that fails gets {@code DirectCredit*Err}; an
 * unknown outcome is also reported to {@code onUsageReportFailed}. rateReq failures give {@code RateErr}.</li>
 * <li><b>After the exchange was applied</b> (Err or Res given), late answers are ignored, so books
 * change once. SBB retries with the same request number keep their semantics: while the CCR or its
 * retransmission is outstanding nothing is sent; afterwards the original outcome is repeated.</li>
 * <li><b>Known limit</b>: after a Tx timeout under CONTINUE the OCS may have booked the usage of the
 * unanswered CCR-UPDATE; the next CCR reports it again with a new CC-Request-Number. The T-flagged
 * retransmission is the only duplicate detection RFC 4006 offers, so configure a secondary peer with
 * failover where this matters.</li>
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
