package org.sleecharging.it.probe;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.JMException;
import javax.management.ObjectName;
import javax.slee.Address;
import javax.slee.AddressPlan;
import org.sleecharging.container.EmbeddedSlee;
import org.sleecharging.events.value.ChargingSessionId;

/**
 * The test's side of the probe: opens {@link ProbeSession}s (each a test activity in the embedded
 * SLEE, driven by one {@link ChargingProbeSbb} entity) and receives what the SBBs record. Register
 * one per test class after the probe DU is deployed; {@link #close()} ends every session's test
 * activity and unregisters the recorder.
 */
public final class ChargingProbe implements ChargingProbeMBean, AutoCloseable {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final EmbeddedSlee slee;
    private final ObjectName name;
    private final Duration timeout;
    private final Map<String, BlockingQueue<byte[]>> inboxes = new ConcurrentHashMap<>();
    private final List<ProbeSession> sessions = new CopyOnWriteArrayList<>();
    private final AtomicInteger keys = new AtomicInteger();

    private ChargingProbe(EmbeddedSlee slee, Duration timeout) throws JMException {
        this.slee = slee;
        this.timeout = timeout;
        this.name = new ObjectName("org.sleecharging.it:type=ChargingProbe,instance="
                + INSTANCES.incrementAndGet());
        ManagementFactory.getPlatformMBeanServer().registerMBean(this, name);
    }

    /** A probe on {@code slee} whose waits for records give up after {@code timeout}. */
    public static ChargingProbe start(EmbeddedSlee slee, Duration timeout) {
        try {
            return new ChargingProbe(slee, timeout);
        } catch (JMException e) {
            throw new IllegalStateException("cannot register the probe recorder", e);
        }
    }

    public static Address e164(String digits) {
        return new Address(AddressPlan.E164, digits);
    }

    public static Address sipUri(String uri) {
        return new Address(AddressPlan.SIP, uri);
    }

    /** A new charging session for {@code user} through the RA entity bound to {@code link}. */
    public ProbeSession open(String link, Address user) {
        return start(ProbeCommand.open(link, user));
    }

    public ProbeSession openSplit(String link, List<Address> users) {
        return start(ProbeCommand.openSplit(link, users));
    }

    /** Takes over {@code id} through the RA entity bound to {@code link}. */
    public ProbeSession recreate(String link, ChargingSessionId id) {
        return start(ProbeCommand.recreate(link, id));
    }

    /** Like {@link #open} but returns the session even when the RA refuses, with that outcome. */
    private ProbeSession start(ProbeCommand opening) {
        String key = "probe-" + keys.incrementAndGet();
        BlockingQueue<byte[]> inbox = new LinkedBlockingQueue<>();
        inboxes.put(key, inbox);
        ProbeSession s = new ProbeSession(this, key, slee.startTestActivity(), inbox, timeout);
        sessions.add(s);
        s.opening(opening);
        return s;
    }

    void fire(EmbeddedSlee.TestActivity activity, String key, ProbeCommand command) {
        activity.fire(ProbeDus.COMMAND, ProbeWire.commandEvent(name, key, command));
    }

    @Override
    public void record(String key, byte[] record) {
        BlockingQueue<byte[]> inbox = inboxes.get(key);
        if (inbox == null) {
            throw new IllegalArgumentException("no probe session " + key);
        }
        inbox.add(record);
    }

    /** Every session opened so far (for ledger reconciliation across sessions). */
    public List<ProbeSession> sessions() {
        return List.copyOf(sessions);
    }

    @Override
    public void close() {
        sessions.forEach(ProbeSession::close);
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
        } catch (JMException e) {
            throw new IllegalStateException("cannot unregister the probe recorder " + name, e);
        }
    }
}
