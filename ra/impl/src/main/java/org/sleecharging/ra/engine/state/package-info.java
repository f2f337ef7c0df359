/** The TS 29.198-12 §9.1 charging session state machine: one enum, one side-effect-free transition function. */
package org.sleecharging.ra.engine.state;
