package org.sleecharging.ocs.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sleecharging.ocs.CreditControlAnswer;
import org.sleecharging.ocs.CreditControlRequest;
import org.sleecharging.ocs.LedgerEntry.Kind;
import org.sleecharging.ocs.Money;
import org.sleecharging.ocs.MsccAnswer;
import org.sleecharging.ocs.MsccRequest;
import org.sleecharging.ocs.RequestedAction;
import org.sleecharging.ocs.ResultCodes;
import org.sleecharging.ocs.internal.LedgerBook.Charge;

/** Immediate event charging: CCR-EVENT with a Requested-Action (RFC 4006 §6.3–§6.5). */
final class EventCharging {
    private static final int ENOUGH_CREDIT = 0;
    private static final int NO_CREDIT = 1;

    private final Rater rater;
    private final LedgerBook ledger;

    EventCharging(Rater rater, LedgerBook ledger) {
        this.rater = rater;
        this.ledger = ledger;
    }

    /** A missing Requested-Action means DIRECT_DEBITING, the RFC 4006 §8.41 default for IEC. */
    CreditControlAnswer serve(Account account, CreditControlRequest r, Instant now) {
        if (r.msccs().isEmpty()) {
            return CreditControlAnswer.of(r, ResultCodes.MISSING_AVP);
        }
        RequestedAction action = r.requestedAction() == null ? RequestedAction.DIRECT_DEBITING : r.requestedAction();
        return switch (action) {
            case DIRECT_DEBITING, REFUND_ACCOUNT -> move(account, r, action, now);
            case CHECK_BALANCE -> checkBalance(account, r);
            case PRICE_ENQUIRY -> priceEnquiry(account, r);
        };
    }

    private CreditControlAnswer move(Account account, CreditControlRequest r, RequestedAction action, Instant now) {
        List<MsccAnswer> answers = new ArrayList<>();
        for (MsccRequest m : r.msccs()) {
            Charge charge = new Charge(r.sessionId(), r.requestNumber(), account, r.subscriber(), m.ratingGroup());
            try {
                Rating rating = rater.rate(account, m.ratingGroup(), m.serviceIdentifier(), m.requested());
                long quantity = rater.requested(rating, m.requested());
                if (quantity < 0) {
                    throw new ChargingFailure(ResultCodes.RATING_FAILED, "Negative amount requested");
                }
                Bucket bucket = account.bucket(rating);
                if (action == RequestedAction.DIRECT_DEBITING) {
                    // All or nothing: an event is either fully paid or refused (RFC 4006 §6.3).
                    if (quantity > rating.affordable(bucket.available())) {
                        throw new ChargingFailure(ResultCodes.CREDIT_LIMIT_REACHED, "Not enough credit for " + quantity
                                + " " + rating.unit() + " on " + bucket.name);
                    }
                    long amount = rating.amountOf(quantity);
                    bucket.debit(amount, 0);
                    ledger.record(now, Kind.DEBIT, charge, bucket, amount, 0);
                } else {
                    long amount = refundable(rating, quantity, bucket);
                    bucket.refund(amount);
                    ledger.record(now, Kind.REFUND, charge, bucket, amount, 0);
                }
                answers.add(new MsccAnswer(m.ratingGroup(), m.serviceIdentifier(), ResultCodes.SUCCESS,
                        rating.units(quantity), null, false));
            } catch (ChargingFailure f) {
                answers.add(new MsccAnswer(m.ratingGroup(), m.serviceIdentifier(), f.resultCode, null, null, false));
            }
        }
        return new CreditControlAnswer(ChargingEngine.overall(answers), r.requestType(), r.requestNumber(), answers,
                null, null);
    }

    private static long refundable(Rating rating, long quantity, Bucket bucket) throws ChargingFailure {
        try {
            return Math.multiplyExact(quantity, rating.price());
        } catch (ArithmeticException e) {
            throw new ChargingFailure(ResultCodes.UNABLE_TO_COMPLY, "A refund of " + quantity + " " + rating.unit()
                    + " passes the 64-bit range of bucket " + bucket.name);
        }
    }

    private CreditControlAnswer checkBalance(Account account, CreditControlRequest r) {
        int result = ENOUGH_CREDIT;
        for (MsccRequest m : r.msccs()) {
            try {
                Rating rating = rater.rate(account, m.ratingGroup(), m.serviceIdentifier(), m.requested());
                if (rater.requested(rating, m.requested()) > rating.affordable(account.bucket(rating).available())) {
                    result = NO_CREDIT;
                }
            } catch (ChargingFailure f) {
                return CreditControlAnswer.of(r, f.resultCode);
            }
        }
        return new CreditControlAnswer(ResultCodes.SUCCESS, r.requestType(), r.requestNumber(), List.of(), result, null);
    }

    /** Cost-Information is the sum over all MSCCs; they must all be priced in one currency. */
    private CreditControlAnswer priceEnquiry(Account account, CreditControlRequest r) {
        Money total = null;
        for (MsccRequest m : r.msccs()) {
            try {
                Money cost = rater.cost(m.ratingGroup(), m.serviceIdentifier(), m.requested());
                if (total != null && !total.currency().equals(cost.currency())) {
                    return CreditControlAnswer.of(r, ResultCodes.RATING_FAILED);
                }
                total = total == null ? cost : new Money(cost.currency(), total.amount().add(cost.amount()));
            } catch (ChargingFailure f) {
                return CreditControlAnswer.of(r, f.resultCode);
            }
        }
        return new CreditControlAnswer(ResultCodes.SUCCESS, r.requestType(), r.requestNumber(), List.of(), null, total);
    }
}
