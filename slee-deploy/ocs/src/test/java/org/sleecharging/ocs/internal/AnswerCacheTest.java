package org.sleecharging.ocs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sleecharging.ocs.CreditControlAnswer;
import org.sleecharging.ocs.Money;
import org.sleecharging.ocs.MsccAnswer;
import org.sleecharging.ocs.RequestType;
import org.sleecharging.ocs.ResultCodes;
import org.sleecharging.ocs.ServiceUnits;
import org.sleecharging.ocs.UnitType;

/** Cached answers come back equal to what was answered, per session and request number, within the bounds. */
class AnswerCacheTest {

    private static CreditControlAnswer answer(RequestType type, long number) {
        Map<UnitType, Long> units = new EnumMap<>(UnitType.class);
        units.put(UnitType.TIME, 60L);
        units.put(UnitType.TOTAL_OCTETS, 5_000_000_000L);
        MsccAnswer granted = new MsccAnswer(7L, null, ResultCodes.SUCCESS,
                new ServiceUnits(Money.of("EUR", "-12.345"), units), 30L, true);
        MsccAnswer money = new MsccAnswer(null, 4_294_967_295L, ResultCodes.SUCCESS,
                ServiceUnits.of(Money.of("JPY", "123456789012345678901234567890")), null, false);
        MsccAnswer empty = new MsccAnswer(1L, 2L, ResultCodes.SUCCESS, ServiceUnits.EMPTY, null, false);
        MsccAnswer failed = new MsccAnswer(3L, null, 4012, null, null, false);
        return new CreditControlAnswer(ResultCodes.SUCCESS, type, number, List.of(granted, money, empty, failed), 1,
                new Money(java.util.Currency.getInstance("USD"), new BigDecimal("0.000001")));
    }

    @Test
    void everyFieldOfEveryAnswerOfASessionIsReplayed() {
        AnswerCache cache = new AnswerCache(10);
        CreditControlAnswer initial = answer(RequestType.INITIAL, 0);
        CreditControlAnswer update = new CreditControlAnswer(5030, null, 1, List.of(), null, null);
        CreditControlAnswer termination = answer(RequestType.TERMINATION, 4_294_967_295L);
        cache.put("s", 0, initial);
        cache.put("s", 1, update);
        cache.put("s", 4_294_967_295L, termination);

        assertThat(cache.find("s", 0)).isEqualTo(initial);
        assertThat(cache.find("s", 1)).isEqualTo(update);
        assertThat(cache.find("s", 4_294_967_295L)).isEqualTo(termination);
        assertThat(cache.find("s", 2)).isNull();
        assertThat(cache.find("other", 0)).isNull();
    }

    @Test
    void aNewAnswerForTheSameRequestNumberReplacesTheOldOne() {
        AnswerCache cache = new AnswerCache(10);
        cache.put("s", 0, answer(RequestType.INITIAL, 0));
        CreditControlAnswer second = new CreditControlAnswer(4012, RequestType.INITIAL, 0, List.of(), null, null);
        cache.put("s", 0, second);

        assertThat(cache.find("s", 0)).isEqualTo(second);
    }

    @Test
    void aSessionKeepsItsLast64AnswersAndTheOldestSessionIsEvictedFirst() {
        AnswerCache cache = new AnswerCache(2);
        for (long n = 0; n < 70; n++) {
            cache.put("long", n, new CreditControlAnswer(ResultCodes.SUCCESS, RequestType.UPDATE, n, List.of(), null, null));
        }
        assertThat(cache.find("long", 5)).isNull();
        assertThat(cache.find("long", 6).requestNumber()).isEqualTo(6);
        assertThat(cache.find("long", 69).requestNumber()).isEqualTo(69);

        cache.put("second", 0, answer(RequestType.INITIAL, 0));
        cache.put("third", 0, answer(RequestType.INITIAL, 0));
        assertThat(cache.find("long", 69)).isNull();
        assertThat(cache.find("second", 0)).isNotNull();
        assertThat(cache.find("third", 0)).isNotNull();
    }

    @Test
    void behavesLikeAnInsertionOrderedMapOfBoundedSizeUnderRandomUse() {
        java.util.Random random = new java.util.Random(42);
        int capacity = 16;
        AnswerCache cache = new AnswerCache(capacity);
        java.util.LinkedHashMap<String, Map<Long, CreditControlAnswer>> model = new java.util.LinkedHashMap<>();
        for (int op = 0; op < 20_000; op++) {
            // ids of two lengths, one non-ASCII, and many sharing few hash buckets of a small table
            int k = random.nextInt(48);
            String id = (k % 7 == 0 ? "sess-é;" : "s;") + k + (k % 3 == 0 ? ";" + "x".repeat(300) : "");
            long n = random.nextInt(6);
            if (random.nextInt(3) == 0) {
                CreditControlAnswer a = new CreditControlAnswer(2001 + op, RequestType.UPDATE, n, List.of(), null, null);
                cache.put(id, n, a);
                if (!model.containsKey(id) && model.size() == capacity) {
                    model.remove(model.keySet().iterator().next());
                }
                model.computeIfAbsent(id, x -> new java.util.HashMap<>()).put(n, a);
            } else {
                Map<Long, CreditControlAnswer> answers = model.get(id);
                assertThat(cache.find(id, n)).as("op %d %s/%d", op, id, n)
                        .isEqualTo(answers == null ? null : answers.get(n));
            }
        }
    }

    @Test
    void aZeroCapacityCacheKeepsNothing() {
        AnswerCache cache = new AnswerCache(0);
        cache.put("s", 0, answer(RequestType.INITIAL, 0));
        assertThat(cache.find("s", 0)).isNull();
    }
}
