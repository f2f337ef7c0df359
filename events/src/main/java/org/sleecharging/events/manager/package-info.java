/**
 * Events the charging manager SBB fires to feature SBBs (event type names
 * {@code org.sleecharging.manager.<ClassName>}).
 */
package org.sleecharging.events.manager;
