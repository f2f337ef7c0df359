package org.sleecharging.ra.engine;

import java.time.Duration;
import java.util.Arrays;
import java.util.Currency;

import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.ApplicationDescription;
import org.sleecharging.events.value.ChargingParameters;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.CorrelationId;
import org.sleecharging.events.value.MerchantAccount;
import org.sleecharging.events.value.Money;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.ra.engine.request.Operation;
import org.sleecharging.ra.engine.ro.ChargedUser;
import org.sleecharging.ratype.ChargingException;

/** An engine on fakes with a default SLA, plus shorthands for the tests. */
class EngineFixture {
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final ApplicationDescription APP = ApplicationDescription.of("test call", "app-1");
    static final MerchantAccount MERCHANT = MerchantAccount.of("shop", 1);
    static final CorrelationId CORRELATION = CorrelationId.of(77, 0);
    static final ChargedUser ALICE = ChargedUser.of(ChargedUser.Type.END_USER_E164, "+4912345");
    static final ChargedUser BOB = ChargedUser.of(ChargedUser.Type.END_USER_SIP_URI, "sip:bob@example.org");
    static final ChargedUser CAROL = ChargedUser.of(ChargedUser.Type.END_USER_E164, "+4967890");

    final ManualTime time = new ManualTime();
    final FakeRoPort port = new FakeRoPort();
    final RecordingListener listener = new RecordingListener();
    final ChargingEngine engine;

    EngineFixture() {
        this(defaultSla().build());
    }

    EngineFixture(SlaConfig sla) {
        this(sla, "node-a");
    }

    EngineFixture(SlaConfig sla, String node) {
        engine = new ChargingEngine(sla, port, listener, time, time, node);
    }

    static SlaConfig.Builder defaultSla() {
        return SlaConfig.builder().supportedCurrencies(EUR, USD)
                .lifetime(Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(15))
                .txTimeout(Duration.ofSeconds(3));
    }

    static Money eur(String amount) {
        return Money.of(EUR, Amount.parse(amount));
    }

    static VolumeSet volumes(Volume... volumes) {
        return VolumeSet.of(Arrays.asList(volumes));
    }

    static Volume minutes(long n) {
        return Volume.of(n, Unit.MINUTES);
    }

    static Volume seconds(long n) {
        return Volume.of(n, Unit.SECONDS);
    }

    ChargingSessionId session() throws ChargingException {
        return engine.createSession("call", MERCHANT, ALICE, CORRELATION);
    }

    int next(ChargingSessionId id) throws ChargingException {
        return engine.nextRequestNumber(id);
    }

    void reserve(ChargingSessionId id, String amount) throws ChargingException {
        engine.reserveAmount(id, APP, ChargingParameters.NONE, eur(amount), eur("0"), next(id));
    }

    void reserveUnits(ChargingSessionId id, VolumeSet volumes) throws ChargingException {
        engine.reserveUnit(id, APP, ChargingParameters.NONE, volumes, next(id));
    }

    void debit(ChargingSessionId id, String amount, boolean close) throws ChargingException {
        engine.chargeAmount(id, Operation.DEBIT_AMOUNT, APP, eur(amount), close, next(id));
    }

    void credit(ChargingSessionId id, String amount) throws ChargingException {
        engine.chargeAmount(id, Operation.CREDIT_AMOUNT, APP, eur(amount), false, next(id));
    }

    void debitUnits(ChargingSessionId id, VolumeSet volumes) throws ChargingException {
        engine.chargeUnit(id, Operation.DEBIT_UNIT, APP, volumes, false, next(id));
    }
}
