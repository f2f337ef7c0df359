/**
 * SLEE plumbing of the charging RA: configuration parsing, activities and handles, event firing,
 * alarms, usage parameters and replicated data. Translates between the JAIN SLEE RA contract
 * (JSLEE 1.1 ch. 15) and the plain-Java engine; holds no charging logic of its own.
 */
package org.sleecharging.ra.internal.slee;
