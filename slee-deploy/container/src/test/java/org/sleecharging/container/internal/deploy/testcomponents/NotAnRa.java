package org.sleecharging.container.internal.deploy.testcomponents;

/** A concrete class that does not implement javax.slee.resource.ResourceAdaptor. */
public class NotAnRa {}
