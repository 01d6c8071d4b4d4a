package dev.tcpivot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code DELETE /v3/{endpoint}/{key}}: deletes the object named by the {@link Key @Key} parameter.
 * Returns {@code void}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Delete {
  /** The endpoint, e.g. {@code "indicators"} or {@code "/v3/indicators"}. */
  String value();
}
