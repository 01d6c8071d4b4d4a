package dev.tcpivot.sandbox;

import dev.tcpivot.spec.BatchRules;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The V2 Batch jobs of a sandbox ({@code /v2/batch}, v2_batch_api.rst), and the handles a test
 * needs to see them at work. After its upload a job is {@code Queued}; a worker thread of the
 * sandbox (two of them, so two jobs run at once) makes it {@code Running} and processes its file one
 * unit at a time (an Indicator, a Group or an association, each under the store's lock), then
 * {@code Completed}. A client polls {@code GET /v2/batch/{id}} as it would the real API.
 *
 * <pre>{@code
 * sandbox.batchJobs().pause();        // uploaded jobs stay Queued
 * // ... POST /v2/batch, POST /v2/batch/{id} ...
 * sandbox.batchJobs().step(1);        // one unit runs: the job is Running
 * sandbox.batchJobs().resume();       // the rest runs
 * sandbox.batchJobs().awaitIdle(Duration.ofSeconds(10));
 * }</pre>
 *
 * <p>{@link Sandbox#reset()} drops every job (ids start from 1 again) and resumes. This class is
 * safe to use from many threads at once.
 */
public final class BatchJobs {
  private static final int WORKERS = 2;

  private final Operations operations;
  private final Owners owners;
  private final BatchRules rules;
  private final BatchGate gate = new BatchGate();
  private final Map<Long, BatchJob> jobs = new ConcurrentHashMap<>();
  private final AtomicLong nextId = new AtomicLong(1);
  private final AtomicLong epoch = new AtomicLong();
  private final ExecutorService workers;
  private final BatchWriter writer;
  private final BatchLinks links;
  private volatile boolean paused;

  BatchJobs(Operations operations, Owners owners) {
    this.operations = operations;
    this.owners = owners;
    this.rules = operations.batchRules();
    BatchOptions.requireActedOn(rules);
    this.writer = operations.batchWriter();
    this.links = operations.batchLinks(writer);
    AtomicInteger count = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            WORKERS,
            runnable -> {
              Thread thread =
                  new Thread(runnable, "tcpivot-sandbox-batch-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Holds the jobs: a job uploaded from now on stays {@code Queued}, and a running one stops before
   * its next unit, until {@link #step(int)} or {@link #resume()}.
   */
  public void pause() {
    paused = true;
    gate.pause();
  }

  /** Lets the jobs run again, all of them, to the end. */
  public void resume() {
    paused = false;
    gate.resume();
  }

  /**
   * While paused, lets {@code units} more units run (a job that starts becomes {@code Running}),
   * and returns once they have run and each job's worker waits for more units or is done with its
   * job, or once no job is left to run them: when they were a job's last units, the job is {@code
   * Completed} by then.
   *
   * @throws IllegalArgumentException if units is less than 1
   * @throws IllegalStateException if the jobs are not paused, or if the units have not run within
   *     a minute (a unit that never ends)
   */
  public void step(int units) {
    if (units < 1) {
      throw new IllegalArgumentException("units must be at least 1, was " + units);
    }
    if (!paused) {
      throw new IllegalStateException("step(units) needs the jobs paused: call pause() first");
    }
    try {
      if (!gate.step(units, Duration.ofMinutes(1).toMillis())) {
        throw new IllegalStateException(units + " batch units did not run within a minute");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for batch units", e);
    }
  }

  /**
   * Waits until every uploaded job is {@code Completed}; false if some are not when the timeout
   * ends (paused jobs never are) or if the thread is interrupted.
   *
   * @throws NullPointerException if timeout is null
   */
  public boolean awaitIdle(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    try {
      return gate.awaitIdle(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Waits until the job is {@code Completed}; false if it is not when the timeout ends or if the
   * thread is interrupted.
   *
   * @throws IllegalArgumentException if no job has this id
   * @throws NullPointerException if timeout is null
   */
  public boolean awaitCompletion(long batchId, Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    BatchJob job =
        job(batchId)
            .orElseThrow(() -> new IllegalArgumentException("no batch job with id " + batchId));
    try {
      return job.awaitCompleted(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The status of a job (Created, Queued, Running, Completed), if it exists. */
  public Optional<String> status(long batchId) {
    return job(batchId).map(BatchJob::status);
  }

  Owners owners() {
    return owners;
  }

  /** The V2 Batch API's rules (batch.table). */
  BatchRules rules() {
    return rules;
  }

  BatchJob create(BatchOptions options) {
    long id = nextId.getAndIncrement();
    BatchJob job = new BatchJob(id, options);
    jobs.put(id, job);
    return job;
  }

  Optional<BatchJob> job(long id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** Queues the job's file; false if the job already has one. */
  boolean upload(BatchJob job, byte[] file) {
    if (!job.queue(file)) {
      return false;
    }
    long submittedIn = epoch.get();
    gate.submitted();
    BatchRun run =
        new BatchRun(job, operations, writer, links, gate, () -> epoch.get() != submittedIn);
    workers.execute(run::run);
    return true;
  }

  /** Drops every job: running ones stop before their next unit. */
  void reset() {
    epoch.incrementAndGet();
    jobs.clear();
    nextId.set(1);
    resume();
  }

  void close() {
    epoch.incrementAndGet();
    workers.shutdownNow();
  }
}
