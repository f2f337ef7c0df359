package org.sleecharging.ocs.internal;

import java.time.Instant;
import java.util.Objects;

/**
 * Credit held for one MSCC of one session until usage is reported, the session ends or validity
 * expires; {@code amount} is in the units of the bucket {@code rating} books against.
 */
record Reservation(long id, MsccKey key, Rating rating, long amount, Instant expiresAt) {

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /**
     * An MSCC identity inside a session (RFC 4006 §5.1.2: rating group, else service identifier).
     * equals and hashCode are written out: the generated record ones (method-handle based) showed
     * up in the per-CCR profile.
     */
    record MsccKey(Long ratingGroup, Long serviceIdentifier) {
        @Override
        public boolean equals(Object o) {
            return o instanceof MsccKey k && Objects.equals(ratingGroup, k.ratingGroup)
                    && Objects.equals(serviceIdentifier, k.serviceIdentifier);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(ratingGroup) + Objects.hashCode(serviceIdentifier);
        }
    }
}
