package org.sleecharging.arquillian;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, on an {@code @Deployment} method, an RA entity the adapter creates after installing
 * that deployment's DU and removes again before uninstalling it.
 *
 * <p>After install the adapter creates all declared entities, activates them, binds their link
 * names and then activates the declared services; undeploy does the reverse (the
 * ResourceManagementMBean contract: only an inactive entity with no bound link name can be
 * removed).
 *
 * <pre>{@code
 * @Deployment(order = 1)
 * @ResourceAdaptorEntity(ra = "ChargingRA#org.sleecharging#1.0", entity = "charging",
 *     link = "chargingLink", properties = {"ocsHost=127.0.0.1", "Integer:ocsPort=3868"})
 * public static JavaArchive raDu() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ResourceAdaptorEntities.class)
public @interface ResourceAdaptorEntity {

  /** The resource adaptor as {@code name#vendor#version}. */
  String ra();

  /** The entity name. */
  String entity();

  /** Link names to bind to the entity (what SBB descriptors name in entity-link elements). */
  String[] link() default {};

  /**
   * Config properties as {@code key=value} (type taken from the RA's declared property) or
   * {@code Type:key=value} with Type one of String, Character, Integer, Boolean, Double, Byte,
   * Short, Long, Float (simple or {@code java.lang.} name). Properties not given keep the RA's
   * defaults.
   */
  String[] properties() default {};
}
