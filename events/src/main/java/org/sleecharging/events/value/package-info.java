/**
 * Value types of the charging API (TS 29.198-12 §7 data definitions, as Java values instead of
 * Tp structs): amounts, money, volumes, charging parameters, session ids, errors.
 *
 * <p>Why here and not in the RA type: DESIGN.md fixes the dependency direction
 * {@code events ← ratype ← ra/impl}. Event classes carry these values (a {@code DebitAmountRes}
 * carries {@link org.sleecharging.events.value.Money}), so the values must live in the event jar;
 * the RA type jar depends on the event jar and re-uses them in its SBB-facing API. SBBs that
 * reference the RA type therefore also see this package.
 *
 * <p>Every type is immutable, {@link java.io.Serializable}, compares by value and validates its
 * arguments in its factory: a bad argument throws {@link java.lang.IllegalArgumentException} (or
 * {@link java.lang.NullPointerException} for a null) naming the offending value. Semantic checks
 * that depend on configuration (supported currencies, SLA limits) are made by the RA and raise the
 * Parlay exceptions of the RA type.
 */
package org.sleecharging.events.value;
