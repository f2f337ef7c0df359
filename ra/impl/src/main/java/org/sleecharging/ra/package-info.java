/**
 * The charging resource adaptor class and its usage parameters interface: the JAIN SLEE facing
 * classes named in META-INF/resource-adaptor-jar.xml. Implementation lives in
 * {@code org.sleecharging.ra.internal.slee} (SLEE plumbing), {@code org.sleecharging.ra.engine}
 * (plain-Java charging engine) and {@code org.sleecharging.ra.internal.diameter} (Ro over jDiameter).
 */
package org.sleecharging.ra;
