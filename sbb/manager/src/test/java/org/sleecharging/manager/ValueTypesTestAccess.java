package org.sleecharging.manager;

/** Lets tests in other packages use the serialization round trip of {@link ValueTypesTest}. */
public final class ValueTypesTestAccess {
    private ValueTypesTestAccess() {
    }

    public static <T> T roundTrip(T value) throws Exception {
        return ValueTypesTest.roundTrip(value);
    }
}
