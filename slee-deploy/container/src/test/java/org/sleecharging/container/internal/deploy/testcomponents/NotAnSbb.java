package org.sleecharging.container.internal.deploy.testcomponents;

/** An abstract class that does not implement javax.slee.Sbb. */
public abstract class NotAnSbb {}
