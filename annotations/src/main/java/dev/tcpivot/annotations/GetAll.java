package dev.tcpivot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code GET /v3/{endpoint}}: lists objects, optionally filtered by a {@link Tql @Tql} parameter, a
 * page at a time. Returns {@code Paged<X>} (lazy) or {@code List<X>} (every page read at once).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface GetAll {
  /** The endpoint, e.g. {@code "indicators"} or {@code "/v3/indicators"}. */
  String value();
}
