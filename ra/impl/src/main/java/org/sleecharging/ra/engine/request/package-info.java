/** Numbered requests and their request-number bookkeeping (TS 29.198-12 §8.3 requestNumber). */
package org.sleecharging.ra.engine.request;
