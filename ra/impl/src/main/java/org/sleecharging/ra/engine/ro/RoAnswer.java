package org.sleecharging.ra.engine.ro;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

import org.sleecharging.events.value.Money;

/**
 * A CCA as the engine needs it (RFC 4006 §3.2): Result-Code (of the MSCC if present, else the
 * message's), Granted-Service-Unit ({@link ServiceUnits#NONE} if absent), Validity-Time,
 * Final-Unit-Action and Cost-Information (null if absent).
 */
public final class RoAnswer implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ResultCode resultCode;
    private final ServiceUnits granted;
    private final Duration validityTime;
    private final FinalUnitAction finalUnitAction;
    private final Money cost;
    private final FailureHandling failureHandling;
    private final Boolean sessionFailoverSupported;

    private RoAnswer(ResultCode resultCode, ServiceUnits granted, Duration validityTime,
            FinalUnitAction finalUnitAction, Money cost) {
        this(resultCode, granted, validityTime, finalUnitAction, cost, null, null);
    }

    private RoAnswer(ResultCode resultCode, ServiceUnits granted, Duration validityTime,
            FinalUnitAction finalUnitAction, Money cost, FailureHandling failureHandling,
            Boolean sessionFailoverSupported) {
        this.resultCode = Objects.requireNonNull(resultCode, "resultCode");
        this.granted = Objects.requireNonNull(granted, "granted");
        this.validityTime = validityTime;
        this.finalUnitAction = finalUnitAction;
        this.cost = cost;
        this.failureHandling = failureHandling;
        this.sessionFailoverSupported = sessionFailoverSupported;
    }

    public static RoAnswer of(ResultCode resultCode, ServiceUnits granted, Duration validityTime,
            FinalUnitAction finalUnitAction, Money cost) {
        return new RoAnswer(resultCode, granted, validityTime, finalUnitAction, cost);
    }

    public static RoAnswer success(ServiceUnits granted) {
        return new RoAnswer(ResultCode.SUCCESS, granted, null, null, null);
    }

    public static RoAnswer failure(ResultCode resultCode) {
        return new RoAnswer(resultCode, ServiceUnits.NONE, null, null, null);
    }

    public ResultCode resultCode() {
        return resultCode;
    }

    public ServiceUnits granted() {
        return granted;
    }

    /** May be null. */
    public Duration validityTime() {
        return validityTime;
    }

    /** May be null. */
    public FinalUnitAction finalUnitAction() {
        return finalUnitAction;
    }

    /** May be null. */
    public Money cost() {
        return cost;
    }

    /**
     * The same answer carrying the OCS's Credit-Control-Failure-Handling and CC-Session-Failover
     * (RFC 4006 §8.14, §8.4), which override the client's defaults for the rest of the session;
     * either may be null when the CCA does not carry it.
     */
    public RoAnswer withFailureHandling(FailureHandling handling, Boolean failoverSupported) {
        return new RoAnswer(resultCode, granted, validityTime, finalUnitAction, cost, handling, failoverSupported);
    }

    /** Credit-Control-Failure-Handling from the CCA; null if absent. */
    public FailureHandling failureHandling() {
        return failureHandling;
    }

    /** CC-Session-Failover from the CCA (true = FAILOVER_SUPPORTED); null if absent. */
    public Boolean sessionFailoverSupported() {
        return sessionFailoverSupported;
    }

    @Override
    public String toString() {
        return "CCA[" + resultCode + ", GSU=" + granted + (validityTime == null ? "" : ", validity=" + validityTime)
                + (finalUnitAction == null ? "" : ", FUI=" + finalUnitAction) + (cost == null ? "" : ", cost=" + cost) + "]";
    }
}
