/**
 * Implementation of the SLEE Arquillian adapters: declaration parsing, the deploy/undeploy
 * driver over the standard management MBeans, archive export. Not API.
 */
package org.sleecharging.arquillian.internal;
