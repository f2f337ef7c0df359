package org.sleecharging.ra.internal.slee;

import java.util.concurrent.CompletionStage;

import org.sleecharging.ra.engine.ro.RoAnswer;
import org.sleecharging.ra.engine.ro.RoRequest;
import org.sleecharging.ra.engine.ro.RoTransport;
import org.sleecharging.ra.engine.ro.Route;

/**
 * Runs every call into the Ro transport with the RA's own class loader as the thread's context
 * class loader. SBBs call the RA on SLEE threads whose context loader is the SBB's, which cannot
 * see the jDiameter library; jDiameter resolves classes through the context loader when it sends,
 * and without this a CCR sent from an SBB call silently never leaves (found in the embedded
 * container, where every component jar has its own loader).
 */
final class RaClassLoaderTransport implements RoTransport {

    private final RoTransport delegate;
    private final ClassLoader loader;

    RaClassLoaderTransport(RoTransport delegate, ClassLoader loader) {
        this.delegate = delegate;
        this.loader = loader;
    }

    /** Runs the call with the RA's loader as context loader, restoring the caller's afterwards. */
    static <T> T withLoader(ClassLoader loader, Call<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    interface Call<T> {
        T run();
    }

    @Override
    public String newSessionId() {
        return withLoader(loader, new Call<String>() {
            @Override
            public String run() {
                return delegate.newSessionId();
            }
        });
    }

    @Override
    public CompletionStage<RoAnswer> send(final RoRequest request) {
        return withLoader(loader, new Call<CompletionStage<RoAnswer>>() {
            @Override
            public CompletionStage<RoAnswer> run() {
                return delegate.send(request);
            }
        });
    }

    @Override
    public boolean isPeerUp(final Route peer) {
        return withLoader(loader, new Call<Boolean>() {
            @Override
            public Boolean run() {
                return delegate.isPeerUp(peer);
            }
        });
    }

    @Override
    public int openSessionCount() {
        return delegate.openSessionCount();
    }

    @Override
    public void close() {
        withLoader(loader, new Call<Void>() {
            @Override
            public Void run() {
                delegate.close();
                return null;
            }
        });
    }
}
