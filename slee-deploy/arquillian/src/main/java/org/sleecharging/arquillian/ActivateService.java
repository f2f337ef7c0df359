package org.sleecharging.arquillian;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, on an {@code @Deployment} method, a service the adapter activates after installing
 * that deployment (after its RA entities are active and linked) and deactivates before
 * uninstalling it.
 *
 * <p>The value is {@code name#vendor#version}, or {@code *} for every service in the deployed
 * DU.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ActivateServices.class)
public @interface ActivateService {
  String value();
}
