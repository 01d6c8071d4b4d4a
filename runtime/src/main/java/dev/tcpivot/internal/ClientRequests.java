package dev.tcpivot.internal;

import dev.tcpivot.Associations;
import dev.tcpivot.IdRef;
import dev.tcpivot.Paged;
import dev.tcpivot.Ref;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the implementations of declared clients use to turn their parameters into a request body:
 * IDs, summaries and refs into association entries, checked the way the generated SDK checks them.
 */
public final class ClientRequests {
  private ClientRequests() {}

  public static List<Ref<?>> idOf(String factory, long id, String parameter) {
    return List.of(new IdReference<>(factory, Checks.id(id, parameter)));
  }

  public static List<Ref<?>> idOf(String factory, Long id, String parameter) {
    return idOf(factory, Checks.notNull(id, parameter).longValue(), parameter);
  }

  public static List<Ref<?>> idsOf(String factory, long[] ids, String parameter) {
    Checks.notNull(ids, parameter);
    List<Long> boxed = new ArrayList<>(ids.length);
    for (long id : ids) {
      boxed.add(id);
    }
    return idsOf(factory, boxed, parameter);
  }

  public static List<Ref<?>> idsOf(String factory, Long[] ids, String parameter) {
    Checks.notNull(ids, parameter);
    return idsOf(factory, Arrays.asList(ids), parameter);
  }

  public static List<Ref<?>> idsOf(String factory, Collection<? extends Long> ids, String parameter) {
    List<Ref<?>> refs = new ArrayList<>();
    int i = 0;
    for (Long id : nonEmpty(ids, parameter)) {
      refs.add(new IdReference<>(factory, Checks.id(id, parameter, i++)));
    }
    return refs;
  }

  public static List<Ref<?>> summaryOf(
      String type, String field, String ownerName, String summary, String parameter) {
    return List.of(summary(type, field, ownerName, Checks.summaryField(type, field, summary, parameter)));
  }

  public static List<Ref<?>> summariesOf(
      String type, String field, String ownerName, String[] summaries, String parameter) {
    Checks.notNull(summaries, parameter);
    return summariesOf(type, field, ownerName, Arrays.asList(summaries), parameter);
  }

  public static List<Ref<?>> summariesOf(
      String type, String field, String ownerName, Collection<? extends String> summaries, String parameter) {
    List<Ref<?>> refs = new ArrayList<>();
    int i = 0;
    for (String summary : nonEmpty(summaries, parameter)) {
      refs.add(summary(type, field, ownerName, Checks.summaryField(type, field, summary, parameter + "[" + i++ + "]")));
    }
    return refs;
  }

  public static List<Ref<?>> refOf(Ref<?> ref, String parameter) {
    return List.of(Checks.notNull(ref, parameter));
  }

  public static List<Ref<?>> refsOf(Ref<?>[] refs, String parameter) {
    Checks.notNull(refs, parameter);
    return refsOf(Arrays.asList(refs), parameter);
  }

  public static List<Ref<?>> refsOf(Collection<? extends Ref<?>> refs, String parameter) {
    List<Ref<?>> copy = new ArrayList<>();
    int i = 0;
    for (Ref<?> ref : nonEmpty(refs, parameter)) {
      copy.add(Checks.notNull(ref, parameter, i++));
    }
    return copy;
  }

  /**
   * The value of an association field: the items without a mode ({@code append}, which the API
   * takes as the default) or in a block with the mode.
   */
  public static Object entry(String mode, List<Ref<?>> items) {
    switch (mode) {
      case "append":
        return new DataList(items);
      case "replace":
        return Associations.replace(items);
      case "delete":
        List<IdRef<?>> ids = items.stream().map(r -> (IdRef<?>) r).collect(Collectors.toList());
        return Associations.delete(ids);
      default:
        throw new IllegalArgumentException("unknown mode " + mode);
    }
  }

  /** The fields of a body parameter, to add associations to; an empty body when there is none. */
  public static Fields.Builder body(WireObject body, String parameter) {
    return Checks.notNull(body, parameter).fields().toBuilder();
  }

  public static Fields.Builder body() {
    return Fields.builder();
  }

  /** Adds an association field, refusing one that the body parameter already sets. */
  public static void add(Fields.Builder body, String field, Object value, String parameter) {
    if (body.get(field) != null) {
      throw new IllegalArgumentException(
          "the body already sets " + field + ", which parameter " + parameter + " sets too");
    }
    body.put(field, value);
  }

  public static RequestBody wire(Fields.Builder body) {
    return new RequestBody(body.build());
  }

  /** An owner name: null for the user's Organization, otherwise not blank. */
  public static String owner(String owner, String parameter) {
    return owner == null ? null : Checks.notBlank(owner, parameter);
  }

  /** Every object of every page, read now. */
  public static <T> List<T> all(Paged<T> paged) {
    List<T> all = new ArrayList<>();
    paged.forEach(all::add);
    return all;
  }

  private static Ref<?> summary(String type, String field, String ownerName, String summary) {
    Fields.Builder fields = Fields.builder().put("type", type).put(field, summary);
    if (ownerName != null) {
      return OwnedReference.existing("IndicatorRef", fields.put("ownerName", ownerName).build());
    }
    return new SummaryReference<>(fields.build());
  }

  private static <T> Collection<T> nonEmpty(Collection<T> items, String parameter) {
    Checks.notNull(items, parameter);
    if (items.isEmpty()) {
      throw new IllegalArgumentException(parameter + " is empty: name at least one");
    }
    return items;
  }
}
