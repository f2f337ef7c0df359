package org.sleecharging.ra.fake;

import java.lang.reflect.Proxy;

import javax.slee.transaction.SleeTransactionManager;
import javax.transaction.Transaction;

/** A SleeTransactionManager whose only answer is whether a transaction is active, as the test sets it. */
public final class FakeTransactions {

    private volatile boolean active;

    public boolean active() {
        return active;
    }

    /** As if an SBB were calling the RA from an event handler. */
    public void begin() {
        active = true;
    }

    public void end() {
        active = false;
    }

    SleeTransactionManager manager() {
        Transaction transaction = (Transaction) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Transaction.class}, (proxy, method, args) -> {
                    if (method.getName().equals("toString")) {
                        return "FakeTransaction";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (SleeTransactionManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SleeTransactionManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getTransaction")) {
                        return active ? transaction : null;
                    }
                    throw new UnsupportedOperationException("SleeTransactionManager." + method.getName());
                });
    }
}
