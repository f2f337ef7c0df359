/** Immutable reservation books: what is reserved, debited, credited and already reported, per currency or unit. */
package org.sleecharging.ra.engine.book;
