package org.sleecharging.ocs;

import java.util.List;

/**
 * The simulator's answer to a CCR as a value; the Diameter layer writes it into the CCA.
 *
 * @param checkBalanceResult Check-Balance-Result (RFC 4006 §8.6: 0 ENOUGH_CREDIT, 1 NO_CREDIT), or null
 * @param costInformation    Cost-Information (RFC 4006 §8.7) for PRICE_ENQUIRY, or null
 */
public record CreditControlAnswer(long resultCode, RequestType requestType, long requestNumber,
                                  List<MsccAnswer> msccs, Integer checkBalanceResult, Money costInformation) {

    public CreditControlAnswer {
        msccs = List.copyOf(msccs);
    }

    public static CreditControlAnswer of(CreditControlRequest request, long resultCode) {
        return new CreditControlAnswer(resultCode, request.requestType(), request.requestNumber(), List.of(), null, null);
    }
}
