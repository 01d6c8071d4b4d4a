package dev.tcpivot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code POST /v3/{endpoint}}: creates an object from a {@link Body @Body} parameter (the generated
 * {@code XCreate} of the endpoint), linked to what the {@link Associate @Associate} parameters name.
 * Returns the endpoint's model, or {@code void}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Create {
  /** The endpoint, e.g. {@code "indicators"} or {@code "/v3/indicators"}. */
  String value();

  /**
   * The type of the object created, e.g. {@code "Host"}, when the method is meant for one type. The
   * processor then checks Indicator-to-Indicator associations against the default ones.
   */
  String type() default "";
}
