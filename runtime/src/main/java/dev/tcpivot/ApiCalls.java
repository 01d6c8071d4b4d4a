package dev.tcpivot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tcpivot.spec.ValueFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import retrofit2.Call;

/**
 * The base of the classes that tcpivot generates to call the API: the endpoints of the typed SDK
 * ({@code tc.groups()}, ...) and the implementations of declared clients. Its members are for
 * that generated code: they run calls and turn refusals into {@link ThreatConnectException}s, and
 * check arguments before anything is sent, naming the parameter that fails.
 */
public abstract class ApiCalls {
  private final Transport transport;

  /**
   * For a copy of an endpoint that differs in its own fields only, such as its owner, and for an
   * endpoint made over the connection that {@code from} holds.
   */
  protected ApiCalls(ApiCalls from) {
    this.transport = Checks.notNull(from, "from").transport;
  }

  /** Over a transport: how a client hands its connection to the endpoints it makes. */
  ApiCalls(Transport transport) {
    this.transport = Checks.notNull(transport, "transport");
  }

  /**
   * Over a client's connection: for the implementation of a declared client, and for the endpoints
   * of an SDK that a module generates from tables of its own.
   */
  protected ApiCalls(ThreatConnect threatConnect) {
    this.transport = Checks.notNull(threatConnect, "threatConnect").transport();
  }

  // ---- Calls ---------------------------------------------------------------------------------------

  /** The implementation of a generated Retrofit interface. */
  protected final <S> S service(Class<S> api) {
    return transport.service(api);
  }

  /** Executes the call and returns the envelope's {@code data}. */
  protected final <T> T data(Call<Envelope<T>> call) {
    return transport.data(call);
  }

  /** Executes a call whose response carries no data, such as a DELETE. */
  protected final void noData(Call<Envelope<Object>> call) {
    transport.noData(call);
  }

  /** The objects of a list call, following {@code next} links as they are read. */
  protected final <T> Paged<T> paged(
      Call<Envelope<List<T>>> first, Function<String, Call<Envelope<List<T>>>> next) {
    return transport.paged(first, next);
  }

  /** Executes a call made with {@code count=true} and returns the {@code count} of its response. */
  protected final long countOf(Call<Envelope<Object>> call) {
    return transport.count(call);
  }

  // ---- Asynchronous calls ----------------------------------------------------------------------------
  // The call must carry options made by forAsync(...) as its tag: the blocking interceptors then
  // leave its retries and its share of the request budget to the transport, which waits on a timer.

  /**
   * Sends the call without blocking; the future completes with the envelope's {@code data}, or
   * with the {@link ThreatConnectException} a blocking call would have thrown. Cancelling the
   * future cancels the request and any retry still waiting.
   */
  protected final <T> java.util.concurrent.CompletableFuture<T> dataAsync(Call<Envelope<T>> call) {
    return transport.dataAsync(call);
  }

  /** {@link #dataAsync} of a call whose response carries no data, such as a DELETE. */
  protected final java.util.concurrent.CompletableFuture<Void> noDataAsync(Call<Envelope<Object>> call) {
    return transport.noDataAsync(call);
  }

  /** {@link #dataAsync} of a call made with {@code count=true}: the {@code count} of its response. */
  protected final java.util.concurrent.CompletableFuture<Long> countOfAsync(Call<Envelope<Object>> call) {
    return transport.countAsync(call);
  }

  /** The objects of a list call as a publisher that fetches a page when its subscriber asks. */
  protected final <T> AsyncPaged<T> pagedAsync(
      Call<Envelope<List<T>>> first, Function<String, Call<Envelope<List<T>>>> next) {
    return transport.pagedAsync(first, next);
  }

  /** The options an asynchronous endpoint tags its calls with. */
  protected static CallOptions forAsync(CallOptions options) {
    return Checks.notNull(options, "options").forAsync();
  }

  /**
   * A saved {@code next} link of the list at {@code path} (e.g. {@code v3/indicators}), refused
   * before anything is sent unless it is an absolute URL of this client's API and of that list.
   */
  protected final String resumeLink(String link, String path) {
    return transport.resumeLink(link, path, "nextLink");
  }

  /** The wire names of the {@code fields} query parameter, refusing a null one. */
  protected static <F> List<String> names(F[] fields, Function<F, String> wireName) {
    Checks.notNull(fields, "fields");
    List<String> names = new ArrayList<>(fields.length);
    for (int i = 0; i < fields.length; i++) {
      names.add(wireName.apply(Checks.notNull(fields[i], "fields", i)));
    }
    return names;
  }

  /** An Indicator summary or XID as one encoded path segment. */
  protected static String pathSegment(String value) {
    return Checks.pathSegment(value);
  }

  /** Every object of every page, read now. */
  protected static <T> List<T> all(Paged<T> paged) {
    List<T> all = new ArrayList<>();
    paged.forEach(all::add);
    return all;
  }

  /** The list options of a TQL query, which may be null for none. */
  protected static ListOptions tql(String tql, String name) {
    return tql == null ? ListOptions.defaults() : ListOptions.builder().tql(Checks.notBlank(tql, name)).build();
  }

  /** The list options of a typed query, which may be null for none. */
  protected static ListOptions tql(Query<?> query) {
    return query == null ? ListOptions.defaults() : ListOptions.defaults().withTql(query.toTql());
  }

  /**
   * The options with the query as their TQL filter. Options that carry a tql string of their own
   * are refused: the filter would be given twice, and one of them dropped.
   */
  protected static ListOptions withQuery(ListOptions options, Query<?> query) {
    Checks.notNull(query, "query");
    Checks.notNull(options, "options");
    if (options.tql() != null) {
      throw new IllegalArgumentException(
          "options has a tql string as well as the query; give the filter once, as the query or as"
              + " ListOptions.tql(String)");
    }
    return options.withTql(query.toTql());
  }

  // ---- Checks --------------------------------------------------------------------------------------

  protected static <T> T notNull(T value, String name) {
    return Checks.notNull(value, name);
  }

  protected static String notBlank(String value, String name) {
    return Checks.notBlank(value, name);
  }

  /** A positive object ID. */
  protected static long checkId(long value, String name) {
    return Checks.id(value, name);
  }

  /** A positive object ID that may come boxed. */
  protected static long checkId(Long value, String name) {
    return Checks.id(Checks.notNull(value, name), name);
  }

  /** An Indicator summary for a path: not blank, not all digits (which the API reads as an ID). */
  protected static String checkSummary(String value, String name) {
    return Checks.summary(value, name);
  }

  /** The owner a request needs, e.g. for an XID, which names an object only within its owner. */
  protected static void requireOwner(String owner, String what) {
    if (owner == null) {
      throw new IllegalStateException(
          "a " + what + " names an object only within its owner (the owner query parameter); call"
              + " inOwner(ownerName) first");
    }
  }

  /** An owner name: null for the API user's Organization, otherwise not blank. */
  protected static String owner(String owner, String name) {
    return owner == null ? null : Checks.notBlank(owner, name);
  }

  /**
   * The refs of a list of IDs, made by {@code ref} (e.g. {@code GroupRef::id}); not empty, and an
   * ID that is null or not positive is refused as {@code name[i]}.
   */
  protected static <R> List<R> ids(Collection<? extends Long> ids, String name, LongFunction<R> ref) {
    Checks.notNull(ids, name);
    nonEmpty(ids.size(), name);
    List<R> refs = new ArrayList<>(ids.size());
    int i = 0;
    for (Long id : ids) {
      refs.add(ref.apply(Checks.id(id, name, i++)));
    }
    return refs;
  }

  /** {@link #ids(Collection, String, LongFunction)} of an array. */
  protected static <R> List<R> ids(Long[] ids, String name, LongFunction<R> ref) {
    Checks.notNull(ids, name);
    return ids(Arrays.asList(ids), name, ref);
  }

  /** {@link #ids(Collection, String, LongFunction)} of an array. */
  protected static <R> List<R> ids(long[] ids, String name, LongFunction<R> ref) {
    Checks.notNull(ids, name);
    List<Long> boxed = new ArrayList<>(ids.length);
    for (long id : ids) {
      boxed.add(id);
    }
    return ids(boxed, name, ref);
  }

  /**
   * The refs of a list of Indicator summaries, made by {@code ref} (e.g. {@code IndicatorRef::host});
   * not empty, and a summary that is null, blank or not in {@code format} (null for a field that
   * has none) is refused as {@code name[i]}.
   */
  protected static <R> List<R> summaries(
      Collection<? extends String> summaries, String name, ValueFormat format, Function<String, R> ref) {
    Checks.notNull(summaries, name);
    nonEmpty(summaries.size(), name);
    List<R> refs = new ArrayList<>(summaries.size());
    int i = 0;
    for (String summary : summaries) {
      refs.add(ref.apply(summary(summary, name + "[" + i++ + "]", format)));
    }
    return refs;
  }

  /** {@link #summaries(Collection, String, ValueFormat, Function)} of an array. */
  protected static <R> List<R> summaries(
      String[] summaries, String name, ValueFormat format, Function<String, R> ref) {
    Checks.notNull(summaries, name);
    return summaries(Arrays.asList(summaries), name, format, ref);
  }

  /** An Indicator summary in {@code format}, or only not blank where the field has none (null). */
  protected static String summary(String summary, String name, ValueFormat format) {
    return format == null ? Checks.notBlank(summary, name) : Checks.format(format, summary, name);
  }

  /** A list of refs: not empty, no item null (refused as {@code name[i]}). */
  protected static <R> List<R> refs(Collection<? extends R> refs, String name) {
    Checks.notNull(refs, name);
    nonEmpty(refs.size(), name);
    List<R> copy = new ArrayList<>(refs.size());
    int i = 0;
    for (R ref : refs) {
      copy.add(Checks.notNull(ref, name, i++));
    }
    return copy;
  }

  /** {@link #refs(Collection, String)} of an array. */
  protected static <R> List<R> refs(R[] refs, String name) {
    Checks.notNull(refs, name);
    return refs(Arrays.asList(refs), name);
  }

  private static void nonEmpty(int size, String name) {
    if (size == 0) {
      throw new IllegalArgumentException(name + " is empty: name at least one");
    }
  }

  /**
   * The body every v3 response shares: {@code status} ("Success" or "Error"), {@code data},
   * {@code message}, and on lists {@code count}, {@code next} and {@code prev} (absolute URLs).
   */
  protected static final class Envelope<T> {
    private final String status;
    private final T data;
    private final String message;
    private final String errCode;
    private final Long count;
    private final String next;
    private final String prev;
    private final boolean readable;

    @JsonCreator
    Envelope(
        @JsonProperty("status") String status,
        @JsonProperty("data") T data,
        @JsonProperty("message") String message,
        @JsonProperty("errCode") String errCode,
        @JsonProperty("count") Long count,
        @JsonProperty("next") String next,
        @JsonProperty("prev") String prev) {
      this.status = status;
      this.data = data;
      this.message = message;
      this.errCode = errCode;
      this.count = count;
      this.next = next;
      this.prev = prev;
      this.readable = true;
    }

    private Envelope(String description) {
      this.status = null;
      this.data = null;
      this.message = description;
      this.errCode = null;
      this.count = null;
      this.next = null;
      this.prev = null;
      this.readable = false;
    }

    /** Stands for a body that is not a JSON envelope; {@link #message()} says what it was. */
    static <T> Envelope<T> unreadable(String description) {
      return new Envelope<>(description);
    }

    /** False when the body was not a JSON envelope at all. */
    boolean readable() {
      return readable;
    }

    String status() {
      return status;
    }

    T data() {
      return data;
    }

    String message() {
      return message;
    }

    String errCode() {
      return errCode;
    }

    Long count() {
      return count;
    }

    String next() {
      return next;
    }

    String prev() {
      return prev;
    }
  }

  // ---- For declared clients ------------------------------------------------------------------------

  /**
   * The future of a call whose answer is not wanted, e.g. an update declared to return
   * {@code CompletableFuture<Void>}: it completes when the call does, with the call's failure if
   * it fails, and cancelling it cancels the call.
   */
  protected static java.util.concurrent.CompletableFuture<Void> completion(
      java.util.concurrent.CompletableFuture<?> call) {
    java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
    Checks.notNull(call, "call").whenComplete((ignored, failure) -> {
      if (failure != null) {
        done.completeExceptionally(failure);
      } else {
        done.complete(null);
      }
    });
    done.whenComplete((ignored, failure) -> {
      if (done.isCancelled()) {
        call.cancel(true);
      }
    });
    return done;
  }
}
