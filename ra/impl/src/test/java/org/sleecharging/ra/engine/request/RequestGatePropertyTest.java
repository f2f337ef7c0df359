package org.sleecharging.ra.engine.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import org.sleecharging.events.DebitAmountRes;
import org.sleecharging.events.value.ApplicationDescription;
import org.sleecharging.events.value.ChargingSessionId;
import org.sleecharging.events.value.Money;
import org.sleecharging.ratype.InvalidRequestNumberException;
import org.sleecharging.ratype.TaskRefusedException;

class RequestGatePropertyTest {

    private static final ChargingSessionId ID = ChargingSessionId.of("n;1", 1);
    private static final ChargingRequest DEBIT = ChargingRequest.againstReservation(Operation.DEBIT_AMOUNT,
            ApplicationDescription.NONE, Money.of("EUR", "1"), false);

    /**
     * Attempts: 0 = the next number, 1 = a retry of the last, any other value = that offset from
     * the next number. Only the next (when nothing is outstanding) or a retry is accepted, and no
     * number is ever issued twice.
     */
    @Property(tries = 500)
    void onlyNextOrRetryIsAcceptedAndNumbersNeverRepeat(@ForAll @IntRange(min = 1, max = 1_000_000) int first,
            @ForAll @Size(max = 60) List<@IntRange(min = -3, max = 4) Integer> attempts) throws Exception {
        RequestGate gate = new RequestGate(first);
        Set<Integer> issued = new HashSet<Integer>();
        for (int attempt : attempts) {
            int next = gate.nextNumber();
            int number = attempt == 0 ? next : attempt == 1 ? gate.lastNumber() : next + attempt;
            boolean retry = gate.lastRequest() != null && number == gate.lastNumber();
            boolean accepted;
            try {
                RequestGate.Verdict verdict = gate.check(number, DEBIT);
                accepted = true;
                if (verdict == RequestGate.Verdict.NEW) {
                    assertThat(issued.add(number)).as("number %s issued twice", number).isTrue();
                    gate.accept(number, DEBIT);
                    gate.complete(new DebitAmountRes(ID, number, Money.of("EUR", "1"), Money.of("EUR", "1"),
                            gate.nextNumber()));
                } else {
                    assertThat(verdict).isEqualTo(RequestGate.Verdict.RETRY_ANSWERED);
                }
            } catch (InvalidRequestNumberException e) {
                accepted = false;
            }
            assertThat(accepted).isEqualTo(number == next || retry);
        }
    }

    @Example
    void numbersWrapToOneAfterTheLargestInt() throws Exception {
        RequestGate gate = new RequestGate(Integer.MAX_VALUE);

        gate.accept(Integer.MAX_VALUE, DEBIT);

        assertThat(gate.nextNumber()).isEqualTo(1);
    }

    @Example
    void anOutstandingRequestBlocksTheNextButNotItsRetry() throws Exception {
        RequestGate gate = new RequestGate(5);
        gate.accept(5, DEBIT);

        assertThat(gate.check(5, DEBIT)).isEqualTo(RequestGate.Verdict.RETRY_PENDING);
        assertThatThrownBy(() -> gate.check(6, DEBIT)).isInstanceOf(TaskRefusedException.class);
    }
}
