/**
 * Charging session events fired by the charging RA, one per TS 29.198-12 §8.4 callback (event type
 * names {@code org.sleecharging.charging.<ClassName>}), all immutable and serializable.
 *
 * <p>Dependency direction (DESIGN.md: {@code events ← ratype ← ra/impl}): the value types the
 * events carry live in {@link org.sleecharging.events.value}; the RA type re-uses them.
 */
package org.sleecharging.events;
