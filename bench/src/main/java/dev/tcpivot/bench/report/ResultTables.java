package dev.tcpivot.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the tables of BENCHMARKS.md from the JMH JSON files that {@code bench/run} writes: per
 * measure the baseline, ours, their ratio with its error, and the allocation where measured.
 * Usage: {@code ResultTables <results directory>}.
 */
public final class ResultTables {
  private final Path dir;
  private final PrintStream out;

  private ResultTables(Path dir, PrintStream out) {
    this.dir = dir;
    this.out = out;
  }

  public static void main(String[] args) throws IOException {
    ResultTables tables = new ResultTables(Path.of(args.length > 0 ? args[0] : "bench/results"), System.out);
    tables.serialization();
    tables.wholeCall();
    tables.processor();
    tables.bulkLinks();
    tables.sandboxLatency();
    tables.reading();
    tables.nestedQueries();
    tables.asyncCalls();
    tables.batchImport();
    tables.batchHeap();
  }

  private void serialization() throws IOException {
    List<Result> results = read("serialization.json");
    if (results.isEmpty()) {
      return;
    }
    out.println("### 1. Serialization: build and write an update body (µs/op; allocation B/op)");
    out.println();
    out.println("| refs | floor: JsonGenerator | SDK | SDK / floor | ObjectNode tree | Map | SDK / tree | SDK / Map"
        + " | alloc floor | alloc SDK | alloc tree | alloc Map |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String refs : List.of("1", "10", "100", "1000")) {
      Result floor = find(results, "floorGenerator", refs);
      Result sdk = find(results, "sdk", refs);
      Result tree = find(results, "dynamicTree", refs);
      Result map = find(results, "dynamicMap", refs);
      if (floor == null || sdk == null || tree == null || map == null) {
        continue;
      }
      out.println("| " + refs + " | " + floor.timed() + " | " + sdk.timed() + " | " + Format.ratio(sdk, floor)
          + " | " + tree.timed() + " | " + map.timed() + " | " + Format.ratio(sdk, tree) + " | "
          + Format.ratio(sdk, map) + " | " + Format.bytes(floor.allocation()) + " | "
          + Format.bytes(sdk.allocation()) + " | " + Format.bytes(tree.allocation()) + " | "
          + Format.bytes(map.allocation()) + " |");
    }
    out.println();
    out.println("Where the SDK's time goes: building the typed request, then writing it (µs/op; B/op).");
    out.println();
    out.println("| refs | build only | write only | write only / floor | alloc build | alloc write |");
    out.println("|---:|---:|---:|---:|---:|---:|");
    for (String refs : List.of("1", "10", "100", "1000")) {
      Result floor = find(results, "floorGenerator", refs);
      Result build = find(results, "sdkBuildOnly", refs);
      Result write = find(results, "sdkWriteOnly", refs);
      if (floor == null || build == null || write == null) {
        continue;
      }
      out.println("| " + refs + " | " + build.timed() + " | " + write.timed() + " | " + Format.ratio(write, floor)
          + " | " + Format.bytes(build.allocation()) + " | " + Format.bytes(write.allocation()) + " |");
    }
    out.println();
  }

  private void wholeCall() throws IOException {
    List<Result> results = read("whole-call.json");
    if (results.isEmpty()) {
      return;
    }
    out.println("### 2. A whole call: PUT /v3/groups/12 with 10 refs, HMAC, loopback");
    out.println();
    out.println("| configuration | baseline: OkHttp, bytes ready, HMAC by hand | SDK | SDK cost / baseline cost"
        + " | alloc baseline | alloc SDK |");
    out.println("|---|---:|---:|---:|---:|---:|");
    Result raw = find(results, "rawPut", null);
    Result sdk = find(results, "sdkPut", null);
    if (raw != null && sdk != null) {
      out.println("| 1 caller, time per call (µs) | " + raw.timed() + " | " + sdk.timed() + " | "
          + Format.ratio(sdk, raw) + " | " + Format.bytes(raw.allocation()) + " | "
          + Format.bytes(sdk.allocation()) + " |");
    }
    Result raw8 = find(results, "rawPut8Callers", null);
    Result sdk8 = find(results, "sdkPut8Callers", null);
    if (raw8 != null && sdk8 != null) {
      // Throughput: the cost ratio is the inverse of the throughput ratio.
      out.println("| 8 callers, one shared client (calls/s) | " + raw8.timed() + " | " + sdk8.timed() + " | "
          + Format.ratio(raw8, sdk8) + " | " + Format.bytes(raw8.allocation()) + " | "
          + Format.bytes(sdk8.allocation()) + " |");
    }
    out.println();
  }

  private void processor() throws IOException {
    List<Result> results = read("processor.json");
    if (results.isEmpty()) {
      return;
    }
    out.println("### 3. The processor: javac on the runtime module, in process (ms per compile)");
    out.println();
    out.println("| configuration | baseline: -proc:none, generated sources as plain sources | with the processor"
        + " | with / without |");
    out.println("|---|---:|---:|---:|");
    Result without = find(results, "withoutProcessor", null);
    Result with = find(results, "withProcessor", null);
    if (without != null && with != null) {
      out.println("| compile runtime/src/main/java (" + "same class path and options) | " + without.timed()
          + " | " + with.timed() + " | " + Format.ratio(with, without) + " |");
    }
    Result generate = find(results, "loadTableAndGenerate", null);
    if (generate != null) {
      out.println("| generate the whole SDK in memory (no baseline) | | " + generate.timed() + " | |");
    }
    out.println();
  }

  private void bulkLinks() throws IOException {
    List<Result> results = read("bulk-links.json");
    if (results.isEmpty()) {
      return;
    }
    out.println("### 4a. Bulk links: 10,000 Indicator IDs to one Group, chunks of 500 (links/s)");
    out.println();
    out.println("| configuration | links/s | cost / raw OkHttp to fixed server | alloc per link |");
    out.println("|---|---:|---:|---:|");
    Result raw = find(results, "rawToFixedServer", null);
    for (String[] row : new String[][] {
        {"rawToFixedServer", "baseline: OkHttp, bytes ready, to a fixed-reply server"},
        {"sdkToFixedServer", "SDK + BulkLinks, to the fixed-reply server"},
        {"sdkToSandbox", "SDK + BulkLinks, to the sandbox"}}) {
      Result r = find(results, row[0], null);
      if (r != null && raw != null) {
        out.println("| " + row[1] + " | " + r.timed() + " | " + Format.ratio(raw, r) + " | "
            + Format.bytes(r.allocation()) + " |");
      }
    }
    out.println();
  }

  private void sandboxLatency() throws IOException {
    List<Result> results = read("sandbox-latency.json");
    if (results.isEmpty()) {
      return;
    }
    out.println("### 4b. Sandbox latency, 8 concurrent callers sharing one SDK client (µs)");
    out.println();
    out.println("| request | p50 fixed server | p50 sandbox | p50 ratio | p99 fixed server | p99 sandbox | p99 ratio"
        + " | mean ratio |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (String[] row : new String[][] {{"get", "GET /v3/groups/{id}"}, {"put", "PUT, one Indicator ID"}}) {
      Result fixed = find(results, row[0] + "OnFixedServer", null);
      Result sandbox = find(results, row[0] + "OnSandbox", null);
      if (fixed == null || sandbox == null) {
        continue;
      }
      double p50f = fixed.percentile("50.0");
      double p50s = sandbox.percentile("50.0");
      double p99f = fixed.percentile("99.0");
      double p99s = sandbox.percentile("99.0");
      out.println("| " + row[1] + " | " + Format.number(p50f) + " | " + Format.number(p50s) + " | "
          + Format.ratio(p50s, 0, p50f, 0).replace(" ± 0.00", "") + " | " + Format.number(p99f) + " | "
          + Format.number(p99s) + " | " + Format.ratio(p99s, 0, p99f, 0).replace(" ± 0.00", "") + " | "
          + Format.ratio(sandbox, fixed) + " |");
    }
    out.println();
  }

  private void reading() throws IOException {
    List<Result> results = read("reading.json");
    if (results.isEmpty()) {
      return;
    }
    out.println("### 5. Reading: a page of 1,000 Indicators with 3 associated Groups each (µs/op; allocation B/op)");
    out.println();
    out.println("| reading | floor: records | SDK | SDK / floor | JsonNode tree | SDK / tree | alloc floor | alloc SDK"
        + " | alloc tree |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String[] row : new String[][] {
        {"Read", "read"},
        {"ReadAndGet", "read, then get the values (the target)"},
        {"GetOnly", "get the values of a page read before"}}) {
      Result floor = find(results, "floor" + row[0], null);
      Result sdk = find(results, "sdk" + row[0], null);
      Result tree = find(results, "tree" + row[0], null);
      if (floor == null || sdk == null || tree == null) {
        continue;
      }
      out.println("| " + row[1] + " | " + floor.timed() + " | " + sdk.timed() + " | " + Format.ratio(sdk, floor)
          + " | " + tree.timed() + " | " + Format.ratio(sdk, tree) + " | " + Format.bytes(floor.allocation())
          + " | " + Format.bytes(sdk.allocation()) + " | " + Format.bytes(tree.allocation()) + " |");
    }
    out.println();
  }

  private void nestedQueries() throws IOException {
    List<Result> results = read("nested-queries.json");
    if (results.isEmpty()) {
      return;
    }
    out.println("### 6. Nested queries: hasGroup(id = N) over the sandbox's Indicators, 100 matches (µs/op)");
    out.println();
    out.println("| Indicators | baseline: scan every Indicator's associations | evaluator | evaluator / scan |");
    out.println("|---:|---:|---:|---:|");
    Result small = null;
    Result large = null;
    for (String count : List.of("10000", "100000")) {
      Result scan = findParam(results, "fullScan", "indicators", count);
      Result evaluator = findParam(results, "evaluator", "indicators", count);
      if (scan == null || evaluator == null) {
        continue;
      }
      out.println("| " + count + " | " + scan.timed() + " | " + evaluator.timed() + " | "
          + Format.ratio(evaluator, scan) + " |");
      if (count.equals("10000")) {
        small = evaluator;
      } else {
        large = evaluator;
      }
    }
    if (small != null && large != null) {
      out.println();
      out.println("Evaluator at 100,000 / at 10,000 (target: within 2×): " + Format.ratio(large, small));
    }
    out.println();
  }

  private void asyncCalls() throws IOException {
    List<Result> results = read("async-calls.json");
    if (results.isEmpty()) {
      return;
    }
    out.println("### 7. Asynchronous calls: 1,000 PUT /v3/groups/12 at once from 1 thread, against blocking"
        + " calls from 8 threads (calls/s)");
    out.println();
    out.println("| server | baseline: blocking, 8 threads | async, 1,000 at once | async / blocking"
        + " | async, 1,000 at once, maxConcurrentRequests(8) | that / blocking |");
    out.println("|---|---:|---:|---:|---:|---:|");
    String[][] servers = {{"FixedServer", "fixed-reply server"}, {"Sandbox", "sandbox"}};
    for (String[] server : servers) {
      Result blocking = find(results, "blockingTo" + server[0], null);
      Result async = find(results, "asyncTo" + server[0], null);
      Result budgeted = find(results, "asyncBudget8To" + server[0], null);
      if (blocking != null && async != null) {
        // Throughput: higher is better, so this ratio above 1.00× means the asynchronous calls are faster.
        out.println("| " + server[1] + " | " + blocking.timed() + " | " + async.timed() + " | "
            + Format.ratio(async, blocking) + " | " + (budgeted == null ? "" : budgeted.timed()) + " | "
            + (budgeted == null ? "" : Format.ratio(budgeted, blocking)) + " |");
      }
    }
    out.println();
    if (results.stream().allMatch(r -> Double.isNaN(r.secondary("threads.jvm")))) {
      out.println("Thread peaks not measured: run with -prof dev.tcpivot.bench.call.ThreadPeaksProfiler.");
      out.println();
      return;
    }
    out.println("Most threads alive at once in the JVM during a measured iteration (client and server share it):");
    out.println();
    out.println("| server | calls | all | the server's | OkHttp's | the benchmark's callers |");
    out.println("|---|---|---:|---:|---:|---:|");
    for (String[] server : servers) {
      for (String[] way : new String[][] {{"blockingTo", "blocking, 8 threads"}, {"asyncTo", "async, 1,000 at once"},
          {"asyncBudget8To", "async, 1,000 at once, maxConcurrentRequests(8)"}}) {
        Result r = find(results, way[0] + server[0], null);
        if (r != null) {
          out.println("| " + server[1] + " | " + way[1] + " | " + Format.count(r.secondary("threads.jvm")) + " | "
              + Format.count(r.secondary("threads.server")) + " | " + Format.count(r.secondary("threads.okhttp"))
              + " | " + Format.count(r.secondary("threads.callers")) + " |");
        }
      }
    }
    out.println();
  }

  private void batchImport() throws IOException {
    List<Result> results = read("batch-import.json");
    out.println("### 8a. Importing 25,000 Indicators, 1,000 Groups and 50,000 associations into an empty sandbox"
        + " (ms per import)");
    out.println();
    out.println("| added round trip | way | ms per import | / batch |");
    out.println("|---|---|---:|---:|");
    for (String roundTrip : List.of("0", "5")) {
      Result batch = findParam(results, "batch", "roundTripMillis", roundTrip);
      Result perObject = findParam(results, "perObject", "roundTripMillis", roundTrip);
      if (batch == null || perObject == null) {
        continue;
      }
      String rtt = roundTrip + " ms";
      out.println("| " + rtt + " | baseline: V2 Batch, building the file and running its jobs | " + batch.timed() + " | |");
      out.println("| " + rtt + " | one request per object, then BulkLinks; 8 threads, maxConcurrentRequests(8) | "
          + perObject.timed() + " | " + Format.ratio(perObject, batch) + " |");
      Result build = find(results, "buildFileOnly", null);
      if (build != null && roundTrip.equals("0")) {
        out.println("| - | building the batch file only (the batch's share) | " + build.timed() + " | "
            + Format.ratio(build, batch) + " |");
      }
    }
    out.println();
  }

  /** The table that {@code BatchHeap} printed, as it printed it. */
  private void batchHeap() throws IOException {
    Path path = dir.resolve("batch-heap.md");
    if (Files.exists(path)) {
      out.print(Files.readString(path));
    }
  }

  private static Result findParam(List<Result> results, String method, String param, String value) {
    for (Result r : results) {
      if (r.benchmark.endsWith("." + method) && value.equals(r.param(param))) {
        return r;
      }
    }
    return null;
  }

  private List<Result> read(String file) throws IOException {
    Path path = dir.resolve(file);
    List<Result> results = new ArrayList<>();
    if (!Files.exists(path)) {
      return results;
    }
    for (JsonNode node : new ObjectMapper().readTree(path.toFile())) {
      results.add(new Result(node));
    }
    return results;
  }

  private static Result find(List<Result> results, String method, String refs) {
    for (Result r : results) {
      if (r.benchmark.endsWith("." + method) && (refs == null || refs.equals(r.param("refs")))) {
        return r;
      }
    }
    return null;
  }
}
