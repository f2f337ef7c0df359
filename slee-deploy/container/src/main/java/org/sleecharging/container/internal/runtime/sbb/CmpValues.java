package org.sleecharging.container.internal.runtime.sbb;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.io.Serializable;
import javax.slee.ActivityContextInterface;
import javax.slee.ComponentID;
import javax.slee.EventContext;
import javax.slee.SLEEException;
import javax.slee.SbbID;
import javax.slee.SbbLocalObject;
import javax.slee.facilities.TimerID;
import javax.slee.profile.ProfileLocalObject;

/**
 * CMP field values by value (JSLEE 1.1 §6.5.1): a Serializable value is stored as its serialized
 * form when set and rebuilt on every get, so neither mutating the object after the set nor
 * mutating an object read from the field changes the entity's state, and a rollback restores
 * exactly the previous value. SLEE objects (SBB local objects, ACIs, event contexts, profile
 * local objects) are stored by reference, as the spec requires; values of {@link ImmutableClasses}
 * are stored as they are, since a copy could not differ.
 *
 * <p>The serialized form never leaves this JVM, so its class descriptors are written as
 * {@link ClassNumbers} instead of names and field lists: with Java serialization's own descriptors,
 * reading them back was most of the cost of a get of a CMP field holding a graph of several classes.
 */
final class CmpValues {
  /** The serialized form of a stored value; private to the entity that holds it. */
  static final class Serialized {
    private final byte[] bytes;

    private Serialized(byte[] bytes) {
      this.bytes = bytes;
    }
  }

  private CmpValues() {}

  /**
   * What the entity keeps for a value set on the field.
   *
   * @throws IllegalArgumentException if the value is neither a SLEE object nor Serializable
   */
  static Object stored(Object value, String field, SbbID sbb) {
    if (value == null || byReference(value)) {
      return value;
    }
    if (!(value instanceof Serializable)) {
      throw new IllegalArgumentException(sbb + ": CMP field " + field + " can hold a "
          + value.getClass().getName() + " only if it is Serializable (JSLEE 1.1 §6.5.1)");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (ObjectOutputStream o = new NumberedClassOutputStream(out)) {
      o.writeObject(value);
    } catch (IOException e) {
      throw new IllegalArgumentException(sbb + ": CMP field " + field + ": value of "
          + value.getClass().getName() + " does not serialize: " + e, e);
    }
    return new Serialized(out.toByteArray());
  }

  /** The value a get of the field returns: a fresh copy for a serialized value. */
  static Object value(Object stored, String field, SbbID sbb) {
    if (!(stored instanceof Serialized s)) {
      return stored;
    }
    try (ObjectInputStream in = new NumberedClassInputStream(new ByteArrayInputStream(s.bytes))) {
      return in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new SLEEException(sbb + ": CMP field " + field + " does not deserialize", e);
    }
  }

  private static boolean byReference(Object value) {
    return ImmutableClasses.isImmutable(value.getClass())
        || value instanceof Enum<?>
        || value instanceof SbbLocalObject
        || value instanceof ActivityContextInterface
        || value instanceof EventContext
        || value instanceof ProfileLocalObject
        || value instanceof ComponentID
        || value instanceof TimerID;
  }

  /** Writes each class descriptor as the class's number. */
  private static final class NumberedClassOutputStream extends ObjectOutputStream {
    NumberedClassOutputStream(OutputStream out) throws IOException {
      super(out);
    }

    @Override
    protected void writeClassDescriptor(ObjectStreamClass desc) throws IOException {
      Class<?> type = desc.forClass();
      if (type == null) {
        throw new IOException("no local class for the descriptor of " + desc.getName());
      }
      writeInt(ClassNumbers.numberOf(type));
    }
  }

  /**
   * Reads class descriptors as numbers, giving the numbered class's own descriptor, so every class
   * resolves to the very class that was written (the SBB's DU classes included) without a lookup by
   * name through a class loader.
   */
  private static final class NumberedClassInputStream extends ObjectInputStream {
    NumberedClassInputStream(InputStream in) throws IOException {
      super(in);
    }

    @Override
    protected ObjectStreamClass readClassDescriptor() throws IOException {
      return ObjectStreamClass.lookupAny(ClassNumbers.classOf(readInt()));
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc) {
      return desc.forClass();
    }
  }
}
