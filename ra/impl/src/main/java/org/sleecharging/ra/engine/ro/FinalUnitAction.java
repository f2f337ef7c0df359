package org.sleecharging.ra.engine.ro;

/** Final-Unit-Action of a Final-Unit-Indication (RFC 4006 §8.35). */
public enum FinalUnitAction {
    TERMINATE, REDIRECT, RESTRICT_ACCESS
}
