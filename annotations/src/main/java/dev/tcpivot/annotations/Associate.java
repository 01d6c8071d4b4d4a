package dev.tcpivot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A parameter that names objects to associate to (or dissociate from) the object the method creates
 * or updates. The parameter holds IDs ({@code long}, {@code long[]}, {@code List<Long>}), refs
 * ({@code Ref<Group>}, {@code List<IdRef<Group>>}, ...) or, for Indicators, summaries
 * ({@code String}, {@code List<String>}) of the {@link #type()} given.
 *
 * <pre>{@code
 * @Update("groups")
 * Group link(@Key long groupId, @Associate("Indicators") List<Long> indicatorIds);
 *
 * @Update("indicators")
 * void unlink(@Key String summary, @Associate(value = "Groups", mode = Associate.Mode.DELETE) long groupId);
 * }</pre>
 *
 * <p>The processor refuses a target the endpoint cannot associate, a mode on a create, a delete of
 * anything but IDs, and an owner on an endpoint that does not accept associations across owners.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Associate {
  /** What an update does with the objects. */
  enum Mode {
    /** Adds the associations and keeps the others; no mode is sent, which the API reads as append. */
    APPEND,
    /** Replaces every association of this type with these. */
    REPLACE,
    /** Removes these associations; needs IDs. */
    DELETE
  }

  /** The object type, as the association table names it: {@code "Groups"}, {@code "Victim Assets"}, ... */
  String value();

  /** What an update does with the objects; a create takes only the default. */
  Mode mode() default Mode.APPEND;

  /** For summaries: the Indicator type they are of, e.g. {@code "Host"}. */
  String type() default "";

  /** For summaries: the owner to look them up in, when it is not the request's owner. */
  String ownerName() default "";
}
