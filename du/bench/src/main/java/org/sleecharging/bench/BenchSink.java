package org.sleecharging.bench;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.management.JMException;
import javax.management.ObjectName;
import org.sleecharging.bench.sbb.BenchSbb;

/** The driver's end of the bench SBB's reports: routes each to the session's handler by key. */
public final class BenchSink implements BenchSinkMBean {

    private final Map<String, BiConsumer<String, Long>> handlers = new ConcurrentHashMap<>();
    private final AtomicLong unrouted = new AtomicLong();

    static BenchSink register() {
        BenchSink sink = new BenchSink();
        try {
            ManagementFactory.getPlatformMBeanServer().registerMBean(sink, new ObjectName(BenchSbb.SINK));
        } catch (JMException e) {
            throw new IllegalStateException("cannot register " + BenchSbb.SINK, e);
        }
        return sink;
    }

    void expect(String key, BiConsumer<String, Long> handler) {
        handlers.put(key, handler);
    }

    void forget(String key) {
        handlers.remove(key);
    }

    /** Reports for sessions already finished (e.g. a SessionEnded after release). */
    long unrouted() {
        return unrouted.get();
    }

    @Override
    public Consumer<Object[]> getReporter() {
        return r -> report((String) r[0], (String) r[1], (Long) r[2]);
    }

    @Override
    public void report(String key, String what, long nanos) {
        BiConsumer<String, Long> handler = handlers.get(key);
        if (handler == null) {
            unrouted.incrementAndGet();
            return;
        }
        handler.accept(what, nanos);
    }
}
