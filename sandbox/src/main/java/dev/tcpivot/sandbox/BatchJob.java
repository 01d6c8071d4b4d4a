package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch job: its options, its status (Created, Queued, Running, Completed: v2_batch_api.rst
 * L815-821), its counts and its errors. Its methods are synchronized: the HTTP threads read what a
 * worker writes.
 */
final class BatchJob {
  /** What a unit of the input file is, for the counts of {@code includeAdditional}. */
  enum Kind {
    INDICATOR,
    GROUP,
    ASSOCIATION
  }

  private final long id;
  private final BatchOptions options;
  private String status = BatchFacts.CREATED;
  private byte[] input;
  private final int[] successes = new int[Kind.values().length];
  private final int[] failures = new int[Kind.values().length];
  private int unprocessed;
  private final List<BatchError> errors = new ArrayList<>();

  BatchJob(long id, BatchOptions options) {
    this.id = id;
    this.options = options;
  }

  long id() {
    return id;
  }

  BatchOptions options() {
    return options;
  }

  synchronized String status() {
    return status;
  }

  synchronized boolean completed() {
    return status.equals(BatchFacts.COMPLETED);
  }

  /** Takes the input file; false if the job already has one. */
  synchronized boolean queue(byte[] file) {
    if (!status.equals(BatchFacts.CREATED)) {
      return false;
    }
    input = file;
    status = BatchFacts.QUEUED;
    return true;
  }

  /** The input file, once, as the job starts running. */
  synchronized byte[] start() {
    status = BatchFacts.RUNNING;
    byte[] file = input;
    input = null;
    return file;
  }

  synchronized void succeeded(Kind kind) {
    successes[kind.ordinal()]++;
  }

  synchronized void failed(Kind kind, BatchError error) {
    failures[kind.ordinal()]++;
    errors.add(error);
  }

  /** An error of the whole file, counted once, tied to no object. */
  synchronized void failedFile(BatchError error) {
    errors.add(error);
  }

  synchronized void complete(int unprocessedUnits) {
    unprocessed = unprocessedUnits;
    status = BatchFacts.COMPLETED;
    notifyAll();
  }

  synchronized List<BatchError> errors() {
    return List.copyOf(errors);
  }

  synchronized int errorCount() {
    return errors.size();
  }

  /** Waits until the job is Completed, at most {@code millis}; true if it is. */
  synchronized boolean awaitCompleted(long millis) throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000L;
    while (!completed()) {
      long left = (end - System.nanoTime()) / 1_000_000L;
      if (left <= 0) {
        return false;
      }
      wait(left);
    }
    return true;
  }

  /**
   * The {@code batchStatus} object of v2_batch_api.rst L842-852; with {@code additional}, the
   * counts by kind that {@code includeAdditional} asks for (L859-861).
   */
  synchronized ObjectNode render(boolean additional) {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("status", status);
    node.put("errorCount", errors.size());
    int success = 0;
    for (int count : successes) {
      success += count;
    }
    node.put("successCount", success);
    // L850 writes unprocessCount, the note of L72 unprocessedCount: both are sent.
    node.put("unprocessCount", unprocessed);
    node.put("unprocessedCount", unprocessed);
    if (additional) {
      node.put("successIndicatorCount", successes[Kind.INDICATOR.ordinal()]);
      node.put("errorIndicatorCount", failures[Kind.INDICATOR.ordinal()]);
      node.put("successGroupCount", successes[Kind.GROUP.ordinal()]);
      node.put("errorGroupCount", failures[Kind.GROUP.ordinal()]);
      node.put("successAssociationCount", successes[Kind.ASSOCIATION.ordinal()]);
      node.put("errorAssociationCount", failures[Kind.ASSOCIATION.ordinal()]);
    }
    return node;
  }
}
