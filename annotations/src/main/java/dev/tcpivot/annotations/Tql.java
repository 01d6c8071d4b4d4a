package dev.tcpivot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The parameter that holds a TQL filter for {@link GetAll @GetAll}: a {@code String} such as
 * {@code typeName EQ "Host"}, or the typed query of the method's endpoint ({@code GroupQuery} for
 * {@code @GetAll("groups")}, ...); a query of another endpoint is refused at compile time. A null
 * argument lists without a filter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Tql {}
