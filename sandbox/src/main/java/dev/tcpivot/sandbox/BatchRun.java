package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.sandbox.BatchJob.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Processes the input file of one job, on a worker thread. The units of a file are its Indicators,
 * then its Groups, then the associations they name inside themselves, then the entries of its
 * {@code association} array; each is written under the store's lock on its own, so a unit that
 * fails leaves nothing behind and becomes one error, and other requests and jobs go on between
 * units. With {@code haltOnError} the job stops at the first error and counts the units left as
 * unprocessed (v2_batch_api.rst L72-73). A Delete job deletes the Indicators and Groups it names,
 * and its associations are not units.
 */
final class BatchRun {
  /** Thrown inside a unit when the sandbox was reset meanwhile: the job is dropped. */
  private static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super(null, null, false, false);
    }
  }

  private final BatchJob job;
  private final Operations operations;
  private final BatchWriter writer;
  private final BatchLinks links;
  private final BatchGate gate;
  private final BooleanSupplier cancelled;
  private int attempted;

  BatchRun(
      BatchJob job,
      Operations operations,
      BatchWriter writer,
      BatchLinks links,
      BatchGate gate,
      BooleanSupplier cancelled) {
    this.job = job;
    this.operations = operations;
    this.writer = writer;
    this.links = links;
    this.gate = gate;
    this.cancelled = cancelled;
  }

  void run() {
    boolean started = false;
    try {
      gate.awaitOpen();
      started = true;
      if (cancelled.getAsBoolean()) {
        return;
      }
      process(job.start());
    } catch (Cancelled e) {
      // The sandbox was reset: the job is gone with the rest.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      gate.finished(started);
    }
  }

  private void process(byte[] file) throws InterruptedException {
    BatchFile input;
    try {
      input = BatchFile.parse(file);
    } catch (ApiException e) {
      // L72-73: unprocessedCount is zero only when the file is not valid JSON.
      job.failedFile(BatchError.ofFile(e.getMessage()));
      job.complete(0);
      return;
    }
    boolean deletes = job.options().deletes();
    int total = input.units(deletes);
    if (input.associationFirst()) {
      job.failedFile(BatchError.ofFile(BatchMessages.ASSOCIATION_FIRST));
      job.complete(total);
      return;
    }
    Owner owner = job.options().owner();
    Map<Integer, List<Entity>> indicators = new HashMap<>();
    Map<Integer, List<Entity>> groups = new HashMap<>();
    List<JsonNode> indicatorEntries = input.indicators();
    for (int i = 0; i < indicatorEntries.size(); i++) {
      JsonNode entry = indicatorEntries.get(i);
      String where = BatchFile.where("indicator", i, BatchFile.label(entry));
      int index = i;
      boolean ok =
          unit(
              Kind.INDICATOR,
              BatchFacts.CODE_OBJECT,
              where,
              () -> {
                ObjectNode object = object(entry);
                if (deletes) {
                  writer.deleteIndicator(object, owner);
                } else {
                  indicators.put(index, writer.indicator(object, job.options()));
                }
              });
      if (halted(ok, total)) {
        return;
      }
    }
    List<JsonNode> groupEntries = input.groups();
    for (int i = 0; i < groupEntries.size(); i++) {
      JsonNode entry = groupEntries.get(i);
      String where = BatchFile.where("group", i, entry.path("xid").asText(""));
      int index = i;
      boolean ok =
          unit(
              Kind.GROUP,
              BatchFacts.CODE_OBJECT,
              where,
              () -> {
                ObjectNode object = object(entry);
                if (deletes) {
                  writer.deleteGroup(object, owner);
                } else {
                  groups.put(index, List.of(writer.group(object, job.options())));
                }
              });
      if (halted(ok, total)) {
        return;
      }
    }
    if (!deletes) {
      if (!nested("indicator", "Indicator", indicatorEntries, indicators, true, total)
          || !nested("group", "Group", groupEntries, groups, false, total)) {
        return;
      }
      List<JsonNode> associations = input.associations();
      for (int i = 0; i < associations.size(); i++) {
        JsonNode entry = associations.get(i);
        boolean ok =
            unit(
                Kind.ASSOCIATION,
                BatchFacts.CODE_ASSOCIATION,
                BatchFile.where("association", i, null),
                () -> links.entry(object(entry), owner));
        if (halted(ok, total)) {
          return;
        }
      }
    }
    job.complete(total - attempted);
  }

  /** The nested associations of the objects of one array; false if the job halted. */
  private boolean nested(
      String array,
      String kind,
      List<JsonNode> entries,
      Map<Integer, List<Entity>> saved,
      boolean indicator,
      int total)
      throws InterruptedException {
    for (int i = 0; i < entries.size(); i++) {
      if (!entries.get(i).isObject()) {
        continue;
      }
      List<Entity> subjects = saved.getOrDefault(i, List.of());
      String path = "$." + array + "[" + i + "]";
      for (BatchNested.Link link : BatchNested.links((ObjectNode) entries.get(i), indicator)) {
        String where =
            BatchFile.where(
                path.substring(2) + "." + link.field(), link.index(), BatchFile.label(link.value()));
        boolean ok =
            unit(
                Kind.ASSOCIATION,
                BatchFacts.CODE_ASSOCIATION,
                where,
                () -> {
                  if (subjects.isEmpty()) {
                    throw ApiException.badRequest(BatchMessages.notSaved(kind, path));
                  }
                  // A File that went to several Files (Distribute, Split) links each of them.
                  subjects.forEach(s -> links.nested(s, link, job.options().owner()));
                });
        if (halted(ok, total)) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean halted(boolean ok, int total) {
    if (ok || !job.options().haltOnError()) {
      return false;
    }
    job.complete(total - attempted);
    return true;
  }

  /** Runs one unit under the store's lock; false (and one error) if it is refused. */
  private boolean unit(Kind kind, String code, String where, Runnable action)
      throws InterruptedException {
    gate.enter();
    try {
      attempted++;
      operations.atomically(
          (Supplier<Void>)
              () -> {
                if (cancelled.getAsBoolean()) {
                  throw new Cancelled();
                }
                action.run();
                return null;
              });
      job.succeeded(kind);
      return true;
    } catch (Cancelled e) {
      throw e;
    } catch (ApiException e) {
      job.failed(kind, BatchError.of(code, where, e.getMessage()));
      return false;
    } catch (RuntimeException e) {
      job.failed(kind, BatchError.of(BatchFacts.CODE_FILE, where, e.toString()));
      return false;
    }
  }

  private static ObjectNode object(JsonNode entry) {
    if (!entry.isObject()) {
      throw ApiException.badRequest(BatchMessages.entryNotAnObject(entry));
    }
    return (ObjectNode) entry;
  }
}
