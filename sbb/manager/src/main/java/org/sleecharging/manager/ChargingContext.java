package org.sleecharging.manager;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

import javax.slee.Address;

import org.sleecharging.events.value.CorrelationId;
import org.sleecharging.events.value.MerchantAccount;

/**
 * Whom a charging manager charges and how: the user, merchant account, correlation id and text
 * given to {@code ChargingProvider.createChargingSession} for each instance's charging session;
 * the default terms of instances created by name alone; and how long before the end of a
 * reservation's lifetime the manager extends it (at least halfway through). Immutable, built with
 * {@link #builder(Address, MerchantAccount)}.
 */
public final class ChargingContext implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Default {@link Builder#validityGuard(Duration)}. */
    public static final Duration DEFAULT_VALIDITY_GUARD = Duration.ofSeconds(5);

    private final Address user;
    private final MerchantAccount merchantAccount;
    private final CorrelationId correlationId;
    private final String description;
    private final ChargingTerms reservationTerms;
    private final ChargingTerms immediateTerms;
    private final Duration validityGuard;

    private ChargingContext(Builder b) {
        this.user = b.user;
        this.merchantAccount = b.merchantAccount;
        this.correlationId = b.correlationId;
        this.description = b.description;
        this.reservationTerms = b.reservationTerms;
        this.immediateTerms = b.immediateTerms;
        this.validityGuard = b.validityGuard;
    }

    public static Builder builder(Address user, MerchantAccount merchantAccount) {
        return new Builder(user, merchantAccount);
    }

    public Address getUser() {
        return user;
    }

    public MerchantAccount getMerchantAccount() {
        return merchantAccount;
    }

    public CorrelationId getCorrelationId() {
        return correlationId;
    }

    public String getDescription() {
        return description;
    }

    /** Terms of {@code createReservationInstance(name)}; null if not given. */
    public ChargingTerms getReservationTerms() {
        return reservationTerms;
    }

    /** Terms of {@code createImmediateChargingInstance(name)}; null if not given. */
    public ChargingTerms getImmediateTerms() {
        return immediateTerms;
    }

    public Duration getValidityGuard() {
        return validityGuard;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ChargingContext)) {
            return false;
        }
        ChargingContext c = (ChargingContext) o;
        return user.equals(c.user) && merchantAccount.equals(c.merchantAccount)
                && correlationId.equals(c.correlationId) && description.equals(c.description)
                && Objects.equals(reservationTerms, c.reservationTerms)
                && Objects.equals(immediateTerms, c.immediateTerms) && validityGuard.equals(c.validityGuard);
    }

    @Override
    public int hashCode() {
        return Objects.hash(user, merchantAccount, correlationId, description, reservationTerms, immediateTerms,
                validityGuard);
    }

    @Override
    public String toString() {
        return "ChargingContext[user=" + user + ", merchant=" + merchantAccount + ", correlation=" + correlationId
                + ", reservationTerms=" + reservationTerms + ", immediateTerms=" + immediateTerms + ", guard="
                + validityGuard + "]";
    }

    /** Builds a {@link ChargingContext}; every setter rejects null. */
    public static final class Builder {
        private final Address user;
        private final MerchantAccount merchantAccount;
        private CorrelationId correlationId = CorrelationId.of(0, 0);
        private String description = "";
        private ChargingTerms reservationTerms;
        private ChargingTerms immediateTerms;
        private Duration validityGuard = DEFAULT_VALIDITY_GUARD;

        private Builder(Address user, MerchantAccount merchantAccount) {
            this.user = Objects.requireNonNull(user, "user");
            this.merchantAccount = Objects.requireNonNull(merchantAccount, "merchantAccount");
        }

        public Builder correlationId(CorrelationId correlationId) {
            this.correlationId = Objects.requireNonNull(correlationId, "correlationId");
            return this;
        }

        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        public Builder reservationTerms(ChargingTerms terms) {
            this.reservationTerms = Objects.requireNonNull(terms, "reservationTerms");
            return this;
        }

        public Builder immediateTerms(ChargingTerms terms) {
            this.immediateTerms = Objects.requireNonNull(terms, "immediateTerms");
            return this;
        }

        /** Throws IllegalArgumentException if negative. */
        public Builder validityGuard(Duration guard) {
            Objects.requireNonNull(guard, "validityGuard");
            if (guard.isNegative()) {
                throw new IllegalArgumentException("validity guard " + guard + " is negative");
            }
            this.validityGuard = guard;
            return this;
        }

        public ChargingContext build() {
            return new ChargingContext(this);
        }
    }
}
