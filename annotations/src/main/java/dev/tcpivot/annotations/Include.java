package dev.tcpivot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the response should include besides the default fields: values of the {@code fields} query
 * parameter, e.g. {@code @Include({"associatedGroups", "tags"})}. Each must be one the endpoint
 * accepts.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Include {
  String[] value();
}
