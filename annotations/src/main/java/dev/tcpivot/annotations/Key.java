package dev.tcpivot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The parameter that names the object in the path: its ID ({@code long}), or for Indicators its
 * summary ({@code String}, e.g. {@code "badguy.com"}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Key {}
