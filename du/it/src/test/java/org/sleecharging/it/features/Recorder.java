package org.sleecharging.it.features;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The test's end of {@link Wire}: an MBean on the platform MBean server that keeps what the test
 * SBBs report, per key, as values of the test's own classes. {@link #close()} unregisters it.
 */
public final class Recorder implements RecorderMBean, AutoCloseable {

    /**
     * The one name every test SBB reports to: fixed, because the spy is created by the SLEE (initial
     * events of the charging RA), not by a test command that could carry it. One recorder at a time.
     */
    public static final String NAME = "org.sleecharging.it.features:type=Recorder";

    private final ObjectName name;
    private final Map<String, BlockingQueue<Object>> inboxes = new ConcurrentHashMap<>();
    private final Map<String, List<Object>> histories = new ConcurrentHashMap<>();

    private Recorder() throws JMException {
        name = new ObjectName(NAME);
        ManagementFactory.getPlatformMBeanServer().registerMBean(this, name);
    }

    public static Recorder start() {
        try {
            return new Recorder();
        } catch (JMException e) {
            throw new IllegalStateException("cannot register the test recorder", e);
        }
    }

    @Override
    public void record(String key, byte[] record) {
        Object value = Wire.deserialize(record);
        inbox(key).add(value);
        history(key).add(value);
    }

    /** The next record for {@code key} not taken yet, which must be a {@code type}. */
    public <T> T take(String key, Class<T> type, Duration timeout) {
        Object next;
        try {
            next = inbox(key).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + type.getSimpleName(), e);
        }
        if (next == null) {
            throw new AssertionError("no " + type.getSimpleName() + " for " + key + " within " + timeout
                    + "; so far " + history(key));
        }
        if (!type.isInstance(next)) {
            throw new AssertionError("expected " + type.getSimpleName() + " for " + key + " but got " + next);
        }
        return type.cast(next);
    }

    /** Everything reported for {@code key}, taken or not, oldest first. */
    public List<Object> history(String key) {
        return histories.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>());
    }

    private BlockingQueue<Object> inbox(String key) {
        return inboxes.computeIfAbsent(key, k -> new LinkedBlockingQueue<>());
    }

    @Override
    public void close() {
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
        } catch (JMException e) {
            throw new IllegalStateException("cannot unregister " + name, e);
        }
    }
}
