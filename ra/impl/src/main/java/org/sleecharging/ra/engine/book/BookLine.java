package org.sleecharging.ra.engine.book;

import java.io.Serializable;

import org.sleecharging.events.value.Amount;

/**
 * One reservation account (for one currency or one unit): what is left of the reservation, what
 * was debited and credited against it, and how much of the net usage was already reported to the
 * OCS. Immutable. Invariant: {@code reported ≤ debited − credited}, so the unreported usage is
 * never negative and a Used-Service-Unit is never negative.
 */
public final class BookLine implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final BookLine EMPTY = new BookLine(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO);

    private final Amount left;
    private final Amount debited;
    private final Amount credited;
    private final Amount reported;

    private BookLine(Amount left, Amount debited, Amount credited, Amount reported) {
        this.left = left;
        this.debited = debited;
        this.credited = credited;
        this.reported = reported;
    }

    public Amount left() {
        return left;
    }

    public Amount debited() {
        return debited;
    }

    public Amount credited() {
        return credited;
    }

    public Amount reported() {
        return reported;
    }

    /** Net usage not yet sent to the OCS in a Used-Service-Unit. */
    public Amount unreported() {
        return debited.minus(credited).minus(reported);
    }

    /** The OCS granted {@code newLeft} in answer to a CCR that reported {@code usage}. */
    public BookLine granted(Amount newLeft, Amount usage) {
        return new BookLine(newLeft, debited, credited, reported.plus(usage));
    }

    /** Debits exactly {@code amount}; the caller checked that it is covered. */
    public BookLine debit(Amount amount) {
        if (amount.isGreaterThan(left)) {
            throw new IllegalArgumentException("debit " + amount + " exceeds the reservation left " + left);
        }
        return new BookLine(left.minus(amount), debited.plus(amount), credited, reported);
    }

    /** Credits back {@code amount} into the reservation; at most the unreported usage. */
    public BookLine credit(Amount amount) {
        if (amount.isGreaterThan(unreported())) {
            throw new IllegalArgumentException("credit " + amount + " exceeds the unreported usage " + unreported());
        }
        return new BookLine(left.plus(amount), debited, credited.plus(amount), reported);
    }

    /** The usage was sent to the OCS (CCR-TERMINATION) and the rest of the reservation freed. */
    public BookLine closed() {
        return new BookLine(Amount.ZERO, debited, credited, reported.plus(unreported()));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BookLine)) {
            return false;
        }
        BookLine b = (BookLine) o;
        return left.equals(b.left) && debited.equals(b.debited) && credited.equals(b.credited)
                && reported.equals(b.reported);
    }

    @Override
    public int hashCode() {
        return ((left.hashCode() * 31 + debited.hashCode()) * 31 + credited.hashCode()) * 31 + reported.hashCode();
    }

    @Override
    public String toString() {
        return "[left=" + left + ", debited=" + debited + ", credited=" + credited + ", reported=" + reported + "]";
    }
}
