package dev.tcpivot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Links (or unlinks) a long list of existing objects to one object, a chunk of refs per request,
 * and says exactly how far it got. Each chunk becomes one update that the caller builds with the
 * generated builders, so the compiler still checks the association:
 *
 * <pre>{@code
 * BulkLinks.Result<IdRef<Indicator>> result = BulkLinks.of(indicatorRefs)
 *     .chunkSize(500)
 *     .onProgress(p -> log.info("{} of {} linked", p.linked(), p.total()))
 *     .run(chunk -> tc.groups().update(campaignId,
 *         GroupUpdate.builder().associatedIndicators(chunk).build()));
 * if (!result.complete()) {
 *   // result.landed() went through; rerun with result.remaining() to finish the job
 * }
 * }</pre>
 *
 * <p>Chunks run in order and the run stops at the first failure. A rerun is safe because linking
 * an existing object again, or unlinking one that is no longer linked, changes nothing; so only
 * refs to existing objects (by ID, or Indicators by type and summary) are accepted, and a new
 * object, which a rerun would create again, is refused. Link with refs and no mode (append) or
 * with {@link Associations#delete}; never with {@link Associations#replace}, with which each chunk
 * would undo the one before. Each chunk's request is retried as the client's {@link RetryPolicy}
 * says, like any other.
 *
 * @param <R> the ref type, e.g. {@code IdRef<Indicator>}
 */
public final class BulkLinks<R extends Ref<?>> {
  /** Refs per request unless {@link #chunkSize(int)} says otherwise. */
  public static final int DEFAULT_CHUNK_SIZE = 500;

  private final List<R> refs;
  private final int chunkSize;
  private final Consumer<? super Progress> progress;

  private BulkLinks(List<R> refs, int chunkSize, Consumer<? super Progress> progress) {
    this.refs = refs;
    this.chunkSize = chunkSize;
    this.progress = progress;
  }

  /**
   * The refs to link, in order; none may be null or a new object. An empty list makes a run that
   * sends nothing and is complete.
   */
  public static <R extends Ref<?>> BulkLinks<R> of(List<? extends R> refs) {
    Checks.notNull(refs, "refs");
    List<R> copy = new ArrayList<>(refs.size());
    for (int i = 0; i < refs.size(); i++) {
      R ref = refs.get(i);
      Wire wire = Checks.wireItem(ref, "refs", i);
      if (!(wire instanceof WireObject && ((WireObject) wire).existing())) {
        throw new IllegalArgumentException(
            "refs[" + i + "] is a new object (" + ref + "): a rerun after a failure would create it again;"
                + " create it with a single request and bulk-link only existing objects (by ID, or"
                + " Indicators by type and summary)");
      }
      copy.add(ref);
    }
    return new BulkLinks<>(List.copyOf(copy), DEFAULT_CHUNK_SIZE, p -> {});
  }

  /** Refs per request, at least 1; {@value #DEFAULT_CHUNK_SIZE} by default. */
  public BulkLinks<R> chunkSize(int chunkSize) {
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunkSize must be at least 1, not " + chunkSize);
    }
    return new BulkLinks<>(refs, chunkSize, progress);
  }

  /** Called after each chunk that went through, on the thread of {@link #run}. */
  public BulkLinks<R> onProgress(Consumer<? super Progress> listener) {
    return new BulkLinks<>(refs, chunkSize, Checks.notNull(listener, "listener"));
  }

  /**
   * Sends the chunks in order, each through {@code request}, which makes one update with it (its
   * result is ignored), and stops at the first exception, from the request or from the progress
   * listener. Never throws what a chunk threw: the result carries it.
   */
  public Result<R> run(Consumer<? super List<R>> request) {
    Checks.notNull(request, "request");
    int chunks = (refs.size() + chunkSize - 1) / chunkSize;
    List<List<R>> landed = new ArrayList<>();
    int linked = 0;
    for (int start = 0; start < refs.size(); start += chunkSize) {
      List<R> chunk = refs.subList(start, Math.min(refs.size(), start + chunkSize));
      try {
        request.accept(chunk);
      } catch (RuntimeException e) {
        return new Result<>(landed, refs.subList(start, refs.size()), e, chunks);
      }
      landed.add(chunk);
      linked += chunk.size();
      try {
        progress.accept(new Progress(landed.size(), chunks, linked, refs.size()));
      } catch (RuntimeException e) {
        return new Result<>(landed, refs.subList(linked, refs.size()), e, chunks);
      }
    }
    return new Result<>(landed, List.of(), null, chunks);
  }

  /** How far a run is: after chunk {@link #chunk()} of {@link #chunks()}, {@link #linked()} refs of {@link #total()}. */
  public static final class Progress {
    private final int chunk;
    private final int chunks;
    private final int linked;
    private final int total;

    Progress(int chunk, int chunks, int linked, int total) {
      this.chunk = chunk;
      this.chunks = chunks;
      this.linked = linked;
      this.total = total;
    }

    /** The chunks that went through so far, 1 after the first. */
    public int chunk() {
      return chunk;
    }

    /** The chunks of the run. */
    public int chunks() {
      return chunks;
    }

    /** The refs that went through so far. */
    public int linked() {
      return linked;
    }

    /** The refs of the run. */
    public int total() {
      return total;
    }

    @Override
    public String toString() {
      return "chunk " + chunk + " of " + chunks + ", " + linked + " of " + total + " refs";
    }
  }

  /**
   * What a run did: the chunks that went through, in order, and the refs that remain, in order. The
   * chunk that failed is among the remaining refs (its request may or may not have taken effect; a
   * rerun settles it either way).
   *
   * @param <R> the ref type
   */
  public static final class Result<R> {
    private final List<List<R>> landed;
    private final List<R> remaining;
    private final RuntimeException failure;
    private final int chunks;

    Result(List<List<R>> landed, List<R> remaining, RuntimeException failure, int chunks) {
      this.landed = List.copyOf(landed);
      this.remaining = List.copyOf(remaining);
      this.failure = failure;
      this.chunks = chunks;
    }

    /** The chunks whose request succeeded, in order. */
    public List<List<R>> landed() {
      return landed;
    }

    /** The refs not known to be linked, in order: rerun with {@code BulkLinks.of(remaining())}. */
    public List<R> remaining() {
      return remaining;
    }

    /** What stopped the run, if anything did. */
    public Optional<RuntimeException> failure() {
      return Optional.ofNullable(failure);
    }

    /** Whether every chunk went through. */
    public boolean complete() {
      return failure == null;
    }

    @Override
    public String toString() {
      int linked = landed.stream().mapToInt(List::size).sum();
      return (complete() ? "complete: " : "stopped: ") + landed.size() + " of " + chunks + " chunks ("
          + linked + " refs) went through, " + remaining.size() + " refs remain"
          + (failure == null ? "" : "; " + failure.getMessage());
    }
  }
}
