package org.sleecharging.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.PriceVolume;

/** rateRes: prices per volume and how long they stay valid (TS 29.198-12 §8.4). */
public final class RateRes extends ChargingEvent {
    private static final long serialVersionUID = 1L;

    private final List<PriceVolume> rates;
    private final Duration validityTimeLeft;

    public RateRes(ChargingSessionId sessionId, List<PriceVolume> rates, Duration validityTimeLeft) {
        super(sessionId);
        this.rates = Collections.unmodifiableList(new ArrayList<PriceVolume>(require(rates, "rates")));
        this.validityTimeLeft = require(validityTimeLeft, "validityTimeLeft");
    }

    public List<PriceVolume> getRates() {
        return rates;
    }

    public Duration getValidityTimeLeft() {
        return validityTimeLeft;
    }

    @Override
    protected void describe(Fields fields) {
        super.describe(fields);
        fields.add("rates", rates).add("validityTimeLeft", validityTimeLeft);
    }
}
