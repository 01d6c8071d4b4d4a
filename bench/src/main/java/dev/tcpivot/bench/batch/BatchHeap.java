package dev.tcpivot.bench.batch;

import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchJobResult;
import dev.tcpivot.BatchJobStatus;
import dev.tcpivot.BatchListener;
import dev.tcpivot.BatchOptions;
import dev.tcpivot.BatchResult;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.v3.AttributeWriteType;
import dev.tcpivot.v3.BatchAction;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;

/**
 * The client's heap while it builds and runs batch files of 12,500, 25,000, 50,000 and 100,000
 * Indicators ({@link ImportData}: a Group per 25 Indicators, each Indicator associated with two
 * Groups), in bytes. Run by {@code bench/run batch-import} in a JVM of its own with {@code -Xmx256m
 * -XX:+UseSerialGC -XX:MarkSweepDeadRatio=0}, which it requires: the serial collector's full
 * collection is exact only when it may not leave dead objects in place (by default up to 5% of the
 * old generation, counted as used). The sandbox runs in another JVM ({@link SandboxProcess}, a
 * fresh one per file), so that this heap holds the client's objects only.
 *
 * <ul>
 *   <li>(a) what the built {@link BatchFile} retains: the heap after full collections once it is
 *       built, less the heap before; and again after {@code parts()}, which lays the file out
 *       (that layout stays with the file, and {@code run} would make it otherwise);
 *   <li>(b) the largest heap during {@code tc.batch().run}, sampled after a full collection by a
 *       thread every {@value #SAMPLE_EVERY_MS} ms, at every {@link BatchListener} callback and
 *       while each part is uploaded ({@link SampledUploads}), less the heap just before the run.
 * </ul>
 *
 * <p>The file's keys stay in memory (BatchFile's Javadoc: about 100 bytes per object plus the
 * key's characters), so (a) grows with the file; its parts are streamed from disk, so (b) must not.
 * The program prints a Markdown table and exits with 1 if (b) for the largest file exceeds (b) for
 * the smallest by more than {@value #SLACK} bytes (or if a run fails). Before the measured files,
 * the smallest one runs once unreported, so that the classes of the run's path are loaded and none
 * are counted in the first measured run.
 */
public final class BatchHeap {
  static final int[] INDICATORS = {12_500, 25_000, 50_000, 100_000};
  static final int INDICATORS_PER_GROUP = 25;
  /** How much (b) may grow from the smallest file to the largest: far less than any of the files. */
  static final long SLACK = 256 * 1024;
  static final long SAMPLE_EVERY_MS = 100;

  private BatchHeap() {}

  /**
   * What one file measured.
   *
   * @param built (a): the heap the built file retains
   * @param laidOut (a) once {@code parts()} has laid the file out
   * @param beforeRun the heap just before the run
   * @param duringRun (b): the largest sample during the run less {@code beforeRun}
   */
  record Row(int indicators, int groups, int associations, int parts, long built, long laidOut,
      long beforeRun, long duringRun, String peakAt, int samples) {}

  public static void main(String[] args) {
    requireExactCollections();
    HeapSampler sampler = new HeapSampler();
    measure(INDICATORS[0], sampler);
    List<Row> rows = new ArrayList<>();
    for (int indicators : INDICATORS) {
      rows.add(measure(indicators, sampler));
      System.err.println("measured " + indicators + " Indicators");
    }
    boolean within = print(rows);
    System.exit(within ? 0 : 1);
  }

  private static void requireExactCollections() {
    HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    if (!hotspot.getVMOption("UseSerialGC").getValue().equals("true")
        || !hotspot.getVMOption("MarkSweepDeadRatio").getValue().equals("0")) {
      throw new IllegalStateException("run with -XX:+UseSerialGC -XX:MarkSweepDeadRatio=0, so that a full"
          + " collection leaves exactly the reachable objects");
    }
  }

  static Row measure(int indicators, HeapSampler sampler) {
    ImportData data = new ImportData(indicators, indicators / INDICATORS_PER_GROUP);
    try (SandboxProcess sandbox = SandboxProcess.start()) {
      ThreatConnect tc = ThreatConnect.builder()
          .baseUrl(sandbox.baseUrl())
          .hmac(sandbox.accessId(), sandbox.secretKey())
          .httpClient(new OkHttpClient.Builder().addNetworkInterceptor(new SampledUploads(sampler)).build())
          .build();
      BatchOptions options = BatchOptions.builder().owner(SandboxProcess.ORGANIZATION).haltOnError(false)
          .action(BatchAction.CREATE).attributeWriteType(AttributeWriteType.APPEND).build();
      long empty = sampler.settled();
      try (BatchFile file = data.batchFile()) {
        long built = sampler.settled() - empty;
        int parts = file.parts().size();
        long laidOut = sampler.settled() - empty;
        long before = sampler.settled();
        sampler.reset();
        BatchResult result = runSampled(tc, file, options, sampler);
        if (result.errorCount() > 0 || result.halted() || result.jobs().size() != parts) {
          throw new IllegalStateException("the batch of " + indicators + " Indicators did not run cleanly: "
              + result.jobs().size() + " jobs of " + parts + " parts, errors " + result.errors());
        }
        return new Row(indicators, data.groups(), data.associations(), parts, built, laidOut, before,
            sampler.peak() - before, sampler.peakAt(), sampler.samples());
      }
    }
  }

  /** Runs the file while a thread samples the heap; the listener samples at each callback. */
  private static BatchResult runSampled(ThreatConnect tc, BatchFile file, BatchOptions options, HeapSampler sampler) {
    Thread thread = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        sampler.sample("between callbacks");
        try {
          Thread.sleep(SAMPLE_EVERY_MS);
        } catch (InterruptedException stop) {
          return;
        }
      }
    }, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
    try {
      return tc.batch().run(file, options, new BatchListener() {
        @Override
        public void jobCreated(int part, long jobId) {
          sampler.sample("job created");
        }

        @Override
        public void uploaded(int part, long jobId, long bytes) {
          sampler.sample("uploaded");
        }

        @Override
        public void polled(int part, BatchJobStatus status) {
          sampler.sample("polled");
        }

        @Override
        public void completed(BatchJobResult job) {
          sampler.sample("completed");
        }
      });
    } finally {
      thread.interrupt();
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Prints the table and the verdict; returns whether (b) stayed within the slack. */
  static boolean print(List<Row> rows) {
    String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
    System.out.println("### 8b. The client's heap while building and running a batch file (bytes)");
    System.out.println();
    System.out.println("JVM options " + ManagementFactory.getRuntimeMXBean().getInputArguments()
        + "; collectors: " + collectors + "; the sandbox in a JVM of its own.");
    System.out.println();
    System.out.println("| Indicators | Groups | associations | parts | (a) file built | (a) per Indicator or Group"
        + " | (a) with its layout | heap before the run | (b) peak during the run, less the heap before"
        + " | (b) seen | samples |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
    for (Row row : rows) {
      System.out.println("| " + count(row.indicators()) + " | " + count(row.groups()) + " | "
          + count(row.associations()) + " | " + row.parts() + " | " + bytes(row.built()) + " | "
          + bytes(row.built() / (row.indicators() + row.groups())) + " | " + bytes(row.laidOut()) + " | "
          + bytes(row.beforeRun()) + " | " + bytes(row.duringRun()) + " | " + row.peakAt() + " | "
          + row.samples() + " |");
    }
    Row smallest = rows.get(0);
    Row largest = rows.get(rows.size() - 1);
    long growth = largest.duringRun() - smallest.duringRun();
    boolean within = growth <= SLACK;
    System.out.println();
    System.out.println("(b) at " + count(largest.indicators()) + " Indicators less (b) at "
        + count(smallest.indicators()) + ": " + bytes(growth) + ", " + (within ? "within" : "OVER")
        + " the slack of " + bytes(SLACK) + (within ? "." : ": the run holds memory that grows with the file."));
    System.out.println();
    return within;
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String bytes(long n) {
    return String.format(Locale.ROOT, "%,d B", n);
  }
}
