package org.sleecharging.ocs.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sleecharging.ocs.CreditControlAnswer;
import org.sleecharging.ocs.Money;
import org.sleecharging.ocs.MsccAnswer;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.ServiceUnits;
import org.sleecharging.ocs.UnitType;

/**
 * A {@link CreditControlAnswer} as one flat byte record, for the retransmission cache: a cached
 * answer is a few bytes in an array instead of a graph of records, lists, boxed numbers and units
 * that every young collection would copy while the answer waits for a retransmission that rarely
 * comes. Numbers are variable-length, so a typical answer takes about 25 bytes.
 * {@link #read} gives back an equal value.
 */
final class AnswerRecord {
    private static final UnitType[] UNITS = UnitType.values();
    private static final RequestType[] TYPES = RequestType.values();
    private static final int RATING_GROUP = 1;
    private static final int SERVICE_ID = 2;
    private static final int GRANTED = 4;
    private static final int VALIDITY = 8;
    private static final int FINAL_UNIT = 16;

    private final ByteSink out;

    private AnswerRecord(ByteSink out) {
        this.out = out;
    }

    /** Appends the record of {@code answer} to {@code out}. */
    static void write(CreditControlAnswer answer, ByteSink out) {
        AnswerRecord w = new AnswerRecord(out);
        out.putLong(answer.resultCode());
        out.putLong(answer.requestType() == null ? -1 : answer.requestType().ordinal());
        out.putLong(answer.requestNumber());
        out.putLong(answer.msccs().size());
        for (MsccAnswer m : answer.msccs()) {
            w.mscc(m);
        }
        out.put(answer.checkBalanceResult() == null ? 0 : 1);
        if (answer.checkBalanceResult() != null) {
            out.putLong(answer.checkBalanceResult());
        }
        w.money(answer.costInformation());
    }

    private void mscc(MsccAnswer m) {
        int flags = (m.ratingGroup() != null ? RATING_GROUP : 0) | (m.serviceIdentifier() != null ? SERVICE_ID : 0)
                | (m.granted() != null ? GRANTED : 0) | (m.validityTime() != null ? VALIDITY : 0)
                | (m.finalUnit() ? FINAL_UNIT : 0);
        out.put(flags);
        out.putLong(m.resultCode());
        if (m.ratingGroup() != null) {
            out.putLong(m.ratingGroup());
        }
        if (m.serviceIdentifier() != null) {
            out.putLong(m.serviceIdentifier());
        }
        if (m.validityTime() != null) {
            out.putLong(m.validityTime());
        }
        if (m.granted() != null) {
            money(m.granted().money());
            out.putLong(m.granted().units().size());
            for (Map.Entry<UnitType, Long> e : m.granted().units().entrySet()) {
                out.put(e.getKey().ordinal());
                out.putLong(e.getValue());
            }
        }
    }

    private void money(Money money) {
        out.put(money == null ? 0 : 1);
        if (money != null) {
            String code = money.currency().getCurrencyCode();
            out.put(code.length());
            for (int i = 0; i < code.length(); i++) {
                out.put(code.charAt(i));
            }
            out.putLong(money.amount().scale());
            byte[] unscaled = money.amount().unscaledValue().toByteArray();
            out.putLong(unscaled.length);
            out.putBytes(unscaled, 0, unscaled.length);
        }
    }

    /** The answer whose record starts at {@code offset} of {@code bytes}. */
    static CreditControlAnswer read(byte[] bytes, int offset) {
        return new Reader(bytes, offset).answer();
    }

    private static final class Reader {
        private final ByteSink.Source in;

        Reader(byte[] bytes, int offset) {
            this.in = new ByteSink.Source(bytes, offset);
        }

        CreditControlAnswer answer() {
            long resultCode = in.getLong();
            int type = (int) in.getLong();
            long requestNumber = in.getLong();
            int count = (int) in.getLong();
            List<MsccAnswer> msccs = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                msccs.add(mscc());
            }
            Integer cbr = in.get() == 0 ? null : (int) in.getLong();
            return new CreditControlAnswer(resultCode, type < 0 ? null : TYPES[type], requestNumber, msccs, cbr, money());
        }

        private MsccAnswer mscc() {
            int flags = in.get();
            long resultCode = in.getLong();
            Long ratingGroup = (flags & RATING_GROUP) != 0 ? in.getLong() : null;
            Long serviceId = (flags & SERVICE_ID) != 0 ? in.getLong() : null;
            Long validity = (flags & VALIDITY) != 0 ? in.getLong() : null;
            ServiceUnits granted = null;
            if ((flags & GRANTED) != 0) {
                Money money = money();
                Map<UnitType, Long> units = new EnumMap<>(UnitType.class);
                for (long n = in.getLong(); n > 0; n--) {
                    UnitType unit = UNITS[in.get()];
                    units.put(unit, in.getLong());
                }
                granted = new ServiceUnits(money, units);
            }
            return new MsccAnswer(ratingGroup, serviceId, resultCode, granted, validity, (flags & FINAL_UNIT) != 0);
        }

        private Money money() {
            if (in.get() == 0) {
                return null;
            }
            char[] code = new char[in.get()];
            for (int i = 0; i < code.length; i++) {
                code[i] = (char) in.get();
            }
            int scale = (int) in.getLong();
            byte[] unscaled = in.getBytes((int) in.getLong());
            return new Money(Currency.getInstance(new String(code)), new BigDecimal(new BigInteger(unscaled), scale));
        }
    }
}
