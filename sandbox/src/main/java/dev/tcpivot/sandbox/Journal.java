package dev.tcpivot.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The requests the sandbox received, oldest first, for tests to assert on: every request, whether
 * it was answered, refused or met a {@link Faults fault}. It keeps the last {@value #CAPACITY}
 * requests and never a secret (see {@link RecordedRequest}). Safe to use from many threads at once.
 *
 * <pre>{@code
 * sandbox.journal().clear();
 * tc.groups().get(12);
 * assertEquals(2, sandbox.journal().requests("GET", "/v3/groups/*").size()); // a retry after a 503
 * }</pre>
 *
 * <p>It also tells how many requests the sandbox was answering at once, {@link #peakConcurrency()},
 * to check a client's limit on concurrent requests.
 */
public final class Journal {
  /** How many requests the journal keeps; older ones are dropped first. */
  public static final int CAPACITY = 10_000;

  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie");

  private final Deque<RecordedRequest> requests = new ArrayDeque<>();
  private final ConcurrencyGauge concurrency = new ConcurrencyGauge();

  Journal() {}

  /** Every request kept, oldest first. */
  public synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /**
   * The requests of this method ({@code *} for any) whose path matches the pattern, as {@link
   * Faults} reads patterns: {@code /v3/groups/*} matches {@code /api/v3/groups/12}.
   */
  public List<RecordedRequest> requests(String method, String pathPattern) {
    PathPattern pattern = PathPattern.of(pathPattern);
    List<RecordedRequest> matching = new ArrayList<>();
    for (RecordedRequest request : requests()) {
      if ((method.equals("*") || method.equalsIgnoreCase(request.method()))
          && pattern.matches(request.path())) {
        matching.add(request);
      }
    }
    return matching;
  }

  /** How many requests are kept. */
  public synchronized int size() {
    return requests.size();
  }

  /**
   * Forgets every request kept and starts the {@linkplain #peakConcurrency() peak} over from the
   * requests in progress ({@link Sandbox#reset()} clears the journal too).
   */
  public synchronized void clear() {
    requests.clear();
    concurrency.reset();
  }

  /**
   * The most requests the sandbox was answering at once since it started or the journal was last
   * {@linkplain #clear() cleared}. A request counts from when the sandbox starts reading it until
   * it starts writing the answer (or drops the connection, as a {@link Faults fault} may): the whole
   * time it is held by a {@linkplain Faults.Action#delay delay} fault, and never once the client
   * can have seen its answer. So a client that keeps at most N requests waiting for an answer
   * never makes this more than N, and a test can check a limit on concurrent requests exactly:
   *
   * <pre>{@code
   * sandbox.faults().next(1_000).anyRequest().delay(Duration.ofMillis(5)); // let requests pile up
   * sandbox.journal().clear();
   * ... // 100 calls at once from a client limited to 3 concurrent requests
   * assertTrue(sandbox.journal().peakConcurrency() <= 3);
   * }</pre>
   *
   * Requests the journal no longer keeps count as well; refused and faulted ones count like any.
   */
  public int peakConcurrency() {
    return concurrency.peak();
  }

  /** How many requests the sandbox is answering now, counted as {@link #peakConcurrency()} counts. */
  public int inProgress() {
    return concurrency.now();
  }

  /** The sandbox starts reading a request; {@link #answering()} must follow. */
  void arriving() {
    concurrency.enter();
  }

  /** The sandbox starts writing a request's answer or drops its connection. */
  void answering() {
    concurrency.leave();
  }

  void record(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    Map<String, List<String>> kept = new LinkedHashMap<>();
    headers.forEach(
        (name, values) -> {
          String key = name.toLowerCase(Locale.ROOT);
          List<String> list = kept.computeIfAbsent(key, k -> new ArrayList<>());
          for (String value : values) {
            list.add(SECRET_HEADERS.contains(key) ? redact(value) : value);
          }
        });
    kept.replaceAll((k, v) -> List.copyOf(v));
    RecordedRequest request =
        new RecordedRequest(
            Instant.now(),
            method,
            rawPath,
            rawQuery == null ? "" : rawQuery,
            kept,
            new String(body, StandardCharsets.UTF_8));
    synchronized (this) {
      if (requests.size() == CAPACITY) {
        requests.removeFirst();
      }
      requests.addLast(request);
    }
  }

  /** {@code TC 123:signature} to {@code TC [redacted]}: the scheme tells which auth was used. */
  private static String redact(String value) {
    String trimmed = value.trim();
    int space = trimmed.indexOf(' ');
    return space < 0 ? "[redacted]" : trimmed.substring(0, space) + " [redacted]";
  }
}
