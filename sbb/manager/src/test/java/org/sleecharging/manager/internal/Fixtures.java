package org.sleecharging.manager.internal;

import java.time.Duration;

import org.sleecharging.events.DebitUnitErr;
import org.sleecharging.events.DebitUnitRes;
import org.sleecharging.events.DirectCreditUnitRes;
import org.sleecharging.events.DirectDebitUnitErr;
import org.sleecharging.events.DirectDebitUnitRes;
import org.sleecharging.events.ReserveUnitErr;
import org.sleecharging.events.ReserveUnitRes;
import org.sleecharging.events.value.Amount;
import org.sleecharging.events.value.ChargingError;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.FailureHandlingResult;
import org.sleecharging.events.value.Unit;
import org.sleecharging.events.value.Volume;
import org.sleecharging.events.value.VolumeSet;
import org.sleecharging.manager.ChargingTerms;

/** Values and RA answers for engine tests. */
final class Fixtures {
    static final ChargingSessionId SESSION = ChargingSessionId.of("cs-1", 1);
    static final ChargingTerms SECONDS_60 = ChargingTerms.of(seconds(60));
    static final ChargingTerms OCTETS_1000 = ChargingTerms.of(VolumeSet.of(Volume.of(1000, Unit.OCTETS)));
    static final ChargingTerms ONE_SMS = ChargingTerms.of(VolumeSet.of(Volume.of(1, Unit.NUMBER)));

    private Fixtures() {
    }

    static VolumeSet seconds(long seconds) {
        return VolumeSet.of(Volume.of(seconds, Unit.SECONDS));
    }

    static VolumeSet secondsExact(String seconds) {
        return VolumeSet.of(Volume.of(Amount.parse(seconds), Unit.SECONDS));
    }

    static VolumeSet octets(long octets) {
        return VolumeSet.of(Volume.of(octets, Unit.OCTETS));
    }

    static ReserveUnitRes reserved(int requestNumber, VolumeSet left, Duration lifeTime) {
        return new ReserveUnitRes(SESSION, requestNumber, left, lifeTime, requestNumber + 1);
    }

    /** Refused by the OCS with {@code resultCode} (RequestError.NO_RESULT_CODE: no OCS answer decided it). */
    static ReserveUnitErr reserveRefused(int requestNumber, ChargingError error, long resultCode) {
        return new ReserveUnitErr(SESSION, requestNumber, error, info(resultCode), requestNumber + 1,
                FailureHandlingResult.NOT_APPLIED, resultCode);
    }

    private static String info(long resultCode) {
        return resultCode == 0 ? "refused by the RA" : "OCS answered " + resultCode + " for tel:+1";
    }

    /** RFC 4006 §5.7: no usable answer; the RA applied Credit-Control-Failure-Handling with this result. */
    static ReserveUnitErr reserveUnanswered(int requestNumber, FailureHandlingResult handling) {
        return new ReserveUnitErr(SESSION, requestNumber, ChargingError.UNDEFINED,
                "no answer for tel:+1: Tx timer expired; Credit-Control-Failure-Handling " + handling, requestNumber + 1,
                handling);
    }

    static DebitUnitRes debited(int requestNumber, VolumeSet debited, VolumeSet left) {
        return new DebitUnitRes(SESSION, requestNumber, debited, left, requestNumber + 1);
    }

    /** Refused by the OCS with {@code resultCode} (RequestError.NO_RESULT_CODE: no OCS answer decided it). */
    static DebitUnitErr debitRefused(int requestNumber, ChargingError error, long resultCode) {
        return new DebitUnitErr(SESSION, requestNumber, error, info(resultCode), requestNumber + 1, resultCode);
    }

    static DirectDebitUnitRes directDebited(int requestNumber, VolumeSet debited) {
        return new DirectDebitUnitRes(SESSION, requestNumber, debited, requestNumber + 1);
    }

    /** Refused by the OCS with {@code resultCode} (RequestError.NO_RESULT_CODE: no OCS answer decided it). */
    static DirectDebitUnitErr directDebitRefused(int requestNumber, ChargingError error, long resultCode) {
        return new DirectDebitUnitErr(SESSION, requestNumber, error, info(resultCode), requestNumber + 1, resultCode);
    }

    static DirectCreditUnitRes directCredited(int requestNumber, VolumeSet credited) {
        return new DirectCreditUnitRes(SESSION, requestNumber, credited, requestNumber + 1);
    }
}
