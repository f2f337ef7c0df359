/**
 * The engine's Ro boundary: {@link org.sleecharging.ra.engine.ro.RoClientPort} and the value
 * objects that cross it (requests, answers, service units, Result-Codes, Subscription-Id). The RA
 * converts these to and from jDiameter AVPs (TS 32.299 §6.4.2 over RFC 4006); no raw AVP value
 * crosses into the engine.
 */
package org.sleecharging.ra.engine.ro;
