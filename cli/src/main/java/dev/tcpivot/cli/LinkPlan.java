package dev.tcpivot.cli;

import dev.tcpivot.BulkLinks;
import dev.tcpivot.SameOwnerRef;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The refs of a link file and the typed update that links a chunk of them, ready to run with
 * {@link BulkLinks} from any position.
 */
final class LinkPlan {
  /** How a run from some position ended: the refs it linked, and what stopped it, if anything did. */
  record Outcome(int linked, Optional<RuntimeException> failure) {}

  /** Runs the chunks of the refs from {@code skip} on. */
  interface Runner {
    Outcome run(int skip, int chunkSize, Consumer<BulkLinks.Progress> progress);
  }

  private final int size;
  private final Runner runner;

  private LinkPlan(int size, Runner runner) {
    this.size = size;
    this.runner = runner;
  }

  /** A plan over refs of one type, each chunk sent by {@code request}. */
  static <T> LinkPlan of(List<SameOwnerRef<T>> refs, Consumer<List<SameOwnerRef<T>>> request) {
    return new LinkPlan(refs.size(), (skip, chunkSize, progress) -> {
      BulkLinks.Result<SameOwnerRef<T>> result = BulkLinks.of(refs.subList(skip, refs.size()))
          .chunkSize(chunkSize).onProgress(progress).run(request);
      return new Outcome(result.landed().stream().mapToInt(List::size).sum(), result.failure());
    });
  }

  /** The refs of the file. */
  int size() {
    return size;
  }

  Outcome run(int skip, int chunkSize, Consumer<BulkLinks.Progress> progress) {
    return runner.run(skip, chunkSize, progress);
  }
}
