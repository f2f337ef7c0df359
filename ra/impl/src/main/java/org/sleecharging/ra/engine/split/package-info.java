/** Exact splitting of amounts and volumes between the users of a split charging session. */
package org.sleecharging.ra.engine.split;
