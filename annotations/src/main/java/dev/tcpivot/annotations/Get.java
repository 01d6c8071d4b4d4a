package dev.tcpivot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code GET /v3/{endpoint}/{key}}: reads one object named by the {@link Key @Key} parameter.
 * Returns the endpoint's model.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Get {
  /** The endpoint, e.g. {@code "indicators"} or {@code "/v3/indicators"}. */
  String value();
}
