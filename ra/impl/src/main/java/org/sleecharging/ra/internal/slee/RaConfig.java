package org.sleecharging.ra.internal.slee;

import java.time.Duration;

import org.sleecharging.ra.engine.SlaConfig;
import org.sleecharging.ra.engine.ro.DirectDebitingFailureHandling;
import org.sleecharging.ra.engine.ro.FailureHandling;
import org.sleecharging.ra.internal.diameter.RoClientConfig;

/** The RA entity's configuration, parsed and validated by {@link ConfigParser}; immutable. */
public final class RaConfig {

    private final RoClientConfig ro;
    private final SlaConfig sla;
    private final FailureHandling creditControlFailureHandling;
    private final DirectDebitingFailureHandling directDebitingFailureHandling;

    RaConfig(RoClientConfig ro, SlaConfig sla, FailureHandling creditControlFailureHandling,
            DirectDebitingFailureHandling directDebitingFailureHandling) {
        this.ro = ro;
        this.sla = sla;
        this.creditControlFailureHandling = creditControlFailureHandling;
        this.directDebitingFailureHandling = directDebitingFailureHandling;
    }

    public RoClientConfig ro() {
        return ro;
    }

    public SlaConfig sla() {
        return sla;
    }

    /** The RA's own Tx timer (RFC 4006 §13), also held by the SLA the engine runs on. */
    public Duration txTimer() {
        return sla.txTimeout();
    }

    /** Credit-Control-Failure-Handling until a CCA says otherwise (RFC 4006 §8.14). */
    public FailureHandling creditControlFailureHandling() {
        return creditControlFailureHandling;
    }

    /** Direct-Debiting-Failure-Handling until a CCA says otherwise (RFC 4006 §8.15). */
    public DirectDebitingFailureHandling directDebitingFailureHandling() {
        return directDebitingFailureHandling;
    }

    @Override
    public String toString() {
        return "RaConfig[" + ro + ", Tx " + txTimer() + ", CCFH " + creditControlFailureHandling + ", DDFH "
                + directDebitingFailureHandling + "]";
    }
}
