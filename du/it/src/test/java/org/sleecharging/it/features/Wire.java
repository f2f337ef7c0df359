package org.sleecharging.it.features;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * How the test SBBs of this package report to the test across class loaders (the SLEE loads their
 * classes, and the charging events and manager exceptions they see, with its component class
 * loaders): each record is serialized and handed to the test's {@link Recorder} MBean on the
 * platform MBean server, which deserializes it with the test's own classes. Included in the test
 * SBBs' jars, so Java 8 API only.
 */
public final class Wire {

    private Wire() {
    }

    /** Hands {@code record} to the recorder MBean {@code recorder} for inbox {@code key}. */
    public static void record(String recorder, String key, Serializable record) {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(recorder), "record",
                    new Object[] {key, serialize(record)},
                    new String[] {String.class.getName(), byte[].class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException("test recorder " + recorder + " unreachable", e);
        }
    }

    public static byte[] serialize(Serializable value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize " + value, e);
        }
        return bytes.toByteArray();
    }

    /** With the classes visible to the class loader that loaded this class. */
    public static Object deserialize(byte[] bytes) {
        try (ObjectInputStream in = new LocalObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot deserialize a record", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("record class not visible on this side", e);
        }
    }

    private static final class LocalObjectInputStream extends ObjectInputStream {
        LocalObjectInputStream(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(desc.getName(), false, Wire.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(desc);
            }
        }
    }
}
