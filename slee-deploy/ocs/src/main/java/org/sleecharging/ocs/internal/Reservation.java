package org.sleecharging.ocs.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** Credit held for one MSCC of one session until usage is reported, the session ends or validity expires. */
record Reservation(long id, MsccKey key, Rating rating, BigDecimal amount, Instant expiresAt) {

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** An MSCC identity inside a session (RFC 4006 §5.1.2: rating group, else service identifier). */
    record MsccKey(Long ratingGroup, Long serviceIdentifier) {
    }
}
