package org.sleecharging.it.probe;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * How the test and the probe SBB talk across class loaders. The SBB's classes (and the charging
 * API it uses) are loaded by the SLEE's component class loaders, the test's by the application
 * class loader, so they share only JDK and JAIN SLEE types:
 *
 * <ul>
 *   <li>test → SBB: a {@code ProbeCommand} event whose event class is {@link java.util.Map}
 *       holding the recorder's JMX name, the probe session key and the serialized command;
 *   <li>SBB → test: every outcome and event the SBB sees, serialized, passed to the recorder MBean
 *       on the platform MBean server ({@code record(String key, byte[] record)}).
 * </ul>
 *
 * Serialization re-creates each value with the receiving side's classes, so tests assert on real
 * {@code ReserveAmountRes}, {@code Money} and Parlay exceptions. Java 8, like the SBB.
 */
public final class ProbeWire {

    static final String RECORDER = "recorder";
    static final String KEY = "key";
    static final String COMMAND = "command";

    private ProbeWire() {
    }

    /** The event the test fires: event class {@code java.util.Map}. */
    static HashMap<String, Object> commandEvent(ObjectName recorder, String key, ProbeCommand command) {
        HashMap<String, Object> event = new HashMap<String, Object>();
        event.put(RECORDER, recorder.getCanonicalName());
        event.put(KEY, key);
        event.put(COMMAND, serialize(command));
        return event;
    }

    static ProbeCommand command(Map<?, ?> event) {
        return (ProbeCommand) deserialize((byte[]) event.get(COMMAND));
    }

    static String recorder(Map<?, ?> event) {
        return (String) event.get(RECORDER);
    }

    static String key(Map<?, ?> event) {
        return (String) event.get(KEY);
    }

    /** Hands one record to the test's recorder MBean. */
    static void record(String recorder, String key, Serializable record) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(recorder), "record",
                    new Object[] {key, serialize(record)},
                    new String[] {String.class.getName(), byte[].class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException("probe recorder " + recorder + " unreachable", e);
        }
    }

    static byte[] serialize(Serializable value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ObjectOutputStream out = new ObjectOutputStream(bytes);
            out.writeObject(value);
            out.close();
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize " + value, e);
        }
        return bytes.toByteArray();
    }

    /** With this side's classes: those visible to the class loader of {@code ProbeWire}. */
    static Object deserialize(byte[] bytes) {
        try {
            ObjectInputStream in = new LocalObjectInputStream(new ByteArrayInputStream(bytes));
            Object value = in.readObject();
            in.close();
            return value;
        } catch (IOException e) {
            throw new IllegalStateException("cannot deserialize a probe record", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("probe record class not visible on this side", e);
        }
    }

    private static final class LocalObjectInputStream extends ObjectInputStream {
        LocalObjectInputStream(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(desc.getName(), false, ProbeWire.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(desc);
            }
        }
    }
}
