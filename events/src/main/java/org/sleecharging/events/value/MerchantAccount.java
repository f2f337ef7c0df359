package org.sleecharging.events.value;

import java.io.Serializable;
import java.util.Objects;

/** The merchant (service provider) and its account that receives the money (TS 29.198-12 TpMerchant). */
public final class MerchantAccount implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String merchantId;
    private final int accountId;

    private MerchantAccount(String merchantId, int accountId) {
        this.merchantId = merchantId;
        this.accountId = accountId;
    }

    /** Throws IllegalArgumentException for a blank merchant id or a negative account id. */
    public static MerchantAccount of(String merchantId, int accountId) {
        Objects.requireNonNull(merchantId, "merchantId");
        if (merchantId.trim().isEmpty()) {
            throw new IllegalArgumentException("merchant id is blank");
        }
        if (accountId < 0) {
            throw new IllegalArgumentException("account id " + accountId + " of merchant " + merchantId + " is negative");
        }
        return new MerchantAccount(merchantId, accountId);
    }

    public String merchantId() {
        return merchantId;
    }

    public int accountId() {
        return accountId;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MerchantAccount)) {
            return false;
        }
        MerchantAccount m = (MerchantAccount) o;
        return merchantId.equals(m.merchantId) && accountId == m.accountId;
    }

    @Override
    public int hashCode() {
        return 31 * merchantId.hashCode() + accountId;
    }

    @Override
    public String toString() {
        return merchantId + "/" + accountId;
    }
}
