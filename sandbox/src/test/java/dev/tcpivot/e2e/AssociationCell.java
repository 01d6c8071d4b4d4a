package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One cell of the association table (an endpoint and a type its row lists), replayed through the
 * typed SDK: every kind of target, on POST and on PUT, each read back with {@code fields}.
 *
 * @param <T> the response model of the target type
 * @param <R> the ref type the endpoint takes for it
 */
final class AssociationCell<T, R> {
  /** A request that links one target and returns the link as read back. */
  record Scenario(String name, Supplier<Link> run) {}

  private final String endpoint;
  private final String target;
  private final List<TargetKind<T, R>> kinds;
  private final Function<T, Long> id;
  private Function<R, Long> post;
  private Supplier<Long> subject;
  private BiConsumer<Long, R> put;
  private Function<Long, List<T>> read;

  private AssociationCell(
      String endpoint, String target, List<TargetKind<T, R>> kinds, Function<T, Long> id) {
    this.endpoint = endpoint;
    this.target = target;
    this.kinds = List.copyOf(kinds);
    this.id = id;
  }

  /**
   * @param endpoint the endpoint as the table writes it, e.g. {@code /v3/artifacts}
   * @param target the associable type as the table writes it, e.g. {@code Groups}
   * @param id the ID of a target as read back
   */
  static <T, R> AssociationCell<T, R> of(
      String endpoint, String target, List<TargetKind<T, R>> kinds, Function<T, Long> id) {
    return new AssociationCell<>(endpoint, target, kinds, id);
  }

  /** POST to the endpoint: a new object that carries the ref; returns its ID. */
  AssociationCell<T, R> post(Function<R, Long> post) {
    this.post = post;
    return this;
  }

  /** PUT to the endpoint: makes an object, then adds the ref to it without a mode. */
  AssociationCell<T, R> put(Supplier<Long> subject, BiConsumer<Long, R> put) {
    this.subject = subject;
    this.put = put;
    return this;
  }

  /** GET from the endpoint with the target's {@code fields} value: what the object is linked to. */
  AssociationCell<T, R> read(Function<Long, List<T>> read) {
    this.read = read;
    return this;
  }

  String endpoint() {
    return endpoint;
  }

  String target() {
    return target;
  }

  /** The IDs of the targets an object of the endpoint is associated with, as read back. */
  List<Long> associatedIds(long subjectId) {
    return read.apply(subjectId).stream().map(id).collect(Collectors.toList());
  }

  /** Each kind of target on POST, then on PUT. */
  List<Scenario> scenarios() {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(put, "put");
    Objects.requireNonNull(read, "read");
    List<Scenario> scenarios = new ArrayList<>();
    for (TargetKind<T, R> kind : kinds) {
      scenarios.add(
          new Scenario(
              "POST " + endpoint + " with " + kind.name(),
              () -> {
                Target<T, R> made = kind.make().get();
                return linked(post.apply(made.ref()), made, kind);
              }));
      scenarios.add(
          new Scenario(
              "PUT " + endpoint + " with " + kind.name(),
              () -> {
                long subjectId = subject.get();
                Target<T, R> made = kind.make().get();
                put.accept(subjectId, made.ref());
                return linked(subjectId, made, kind);
              }));
    }
    return scenarios;
  }

  private Link linked(long subjectId, Target<T, R> made, TargetKind<T, R> kind) {
    List<T> associated = read.apply(subjectId);
    List<T> matching = associated.stream().filter(made.isIt()).collect(Collectors.toList());
    assertEquals(
        1,
        matching.size(),
        () ->
            endpoint
                + "/"
                + subjectId
                + " should list "
                + kind.name()
                + " once among its "
                + target
                + ", but lists "
                + associated);
    assertEquals(
        1,
        associated.size(),
        () -> endpoint + "/" + subjectId + " should list one of " + target + ": " + associated);
    return new Link(subjectId, id.apply(matching.get(0)));
  }
}
