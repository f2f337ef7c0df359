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
 * answer is one array instead of a graph of records, lists, boxed numbers and units that every
 * young collection would copy while the answer waits for a retransmission that rarely comes.
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

    private byte[] bytes = new byte[128];
    private int length;

    private AnswerRecord() {
    }

    /** The record of {@code answer}, after {@code room} bytes left free for the caller. */
    static byte[] write(CreditControlAnswer answer, int room) {
        AnswerRecord w = new AnswerRecord();
        w.length = room;
        w.putLong(answer.resultCode());
        w.put(answer.requestType() == null ? -1 : answer.requestType().ordinal());
        w.putLong(answer.requestNumber());
        w.putLong(answer.msccs().size());
        for (MsccAnswer m : answer.msccs()) {
            w.mscc(m);
        }
        w.put(answer.checkBalanceResult() == null ? 0 : 1);
        if (answer.checkBalanceResult() != null) {
            w.putLong(answer.checkBalanceResult());
        }
        w.money(answer.costInformation());
        return java.util.Arrays.copyOf(w.bytes, w.length);
    }

    private void mscc(MsccAnswer m) {
        int flags = (m.ratingGroup() != null ? RATING_GROUP : 0) | (m.serviceIdentifier() != null ? SERVICE_ID : 0)
                | (m.granted() != null ? GRANTED : 0) | (m.validityTime() != null ? VALIDITY : 0)
                | (m.finalUnit() ? FINAL_UNIT : 0);
        put(flags);
        putLong(m.resultCode());
        if (m.ratingGroup() != null) {
            putLong(m.ratingGroup());
        }
        if (m.serviceIdentifier() != null) {
            putLong(m.serviceIdentifier());
        }
        if (m.validityTime() != null) {
            putLong(m.validityTime());
        }
        if (m.granted() != null) {
            money(m.granted().money());
            put(m.granted().units().size());
            for (Map.Entry<UnitType, Long> e : m.granted().units().entrySet()) {
                put(e.getKey().ordinal());
                putLong(e.getValue());
            }
        }
    }

    private void money(Money money) {
        put(money == null ? 0 : 1);
        if (money != null) {
            String code = money.currency().getCurrencyCode();
            put(code.length());
            for (int i = 0; i < code.length(); i++) {
                put(code.charAt(i));
            }
            putLong(money.amount().scale());
            byte[] unscaled = money.amount().unscaledValue().toByteArray();
            putLong(unscaled.length);
            for (byte b : unscaled) {
                put(b);
            }
        }
    }

    private void put(int b) {
        if (length == bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = (byte) b;
    }

    private void putLong(long v) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            put((int) (v >>> shift));
        }
    }

    /** The answer whose record starts at {@code offset} of {@code bytes}. */
    static CreditControlAnswer read(byte[] bytes, int offset) {
        return new Reader(bytes, offset).answer();
    }

    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes, int offset) {
            this.bytes = bytes;
            this.at = offset;
        }

        CreditControlAnswer answer() {
            long resultCode = getLong();
            int type = bytes[at++];
            long requestNumber = getLong();
            int count = (int) getLong();
            List<MsccAnswer> msccs = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                msccs.add(mscc());
            }
            Integer cbr = get() == 0 ? null : (int) getLong();
            return new CreditControlAnswer(resultCode, type < 0 ? null : TYPES[type], requestNumber, msccs, cbr, money());
        }

        private MsccAnswer mscc() {
            int flags = get();
            long resultCode = getLong();
            Long ratingGroup = (flags & RATING_GROUP) != 0 ? getLong() : null;
            Long serviceId = (flags & SERVICE_ID) != 0 ? getLong() : null;
            Long validity = (flags & VALIDITY) != 0 ? getLong() : null;
            ServiceUnits granted = null;
            if ((flags & GRANTED) != 0) {
                Money money = money();
                Map<UnitType, Long> units = new EnumMap<>(UnitType.class);
                for (int n = get(); n > 0; n--) {
                    UnitType unit = UNITS[get()];
                    units.put(unit, getLong());
                }
                granted = new ServiceUnits(money, units);
            }
            return new MsccAnswer(ratingGroup, serviceId, resultCode, granted, validity, (flags & FINAL_UNIT) != 0);
        }

        private Money money() {
            if (get() == 0) {
                return null;
            }
            char[] code = new char[get()];
            for (int i = 0; i < code.length; i++) {
                code[i] = (char) get();
            }
            int scale = (int) getLong();
            byte[] unscaled = new byte[(int) getLong()];
            System.arraycopy(bytes, at, unscaled, 0, unscaled.length);
            at += unscaled.length;
            return new Money(Currency.getInstance(new String(code)), new BigDecimal(new BigInteger(unscaled), scale));
        }

        private int get() {
            return bytes[at++] & 0xff;
        }

        private long getLong() {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | get();
            }
            return v;
        }
    }
}
