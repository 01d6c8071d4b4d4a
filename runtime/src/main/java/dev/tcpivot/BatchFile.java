package dev.tcpivot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.SpecLoader;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A V2 Batch API input file (threatconnect-v2-batch/v2_batch_api.rst, "Upload an Input File"),
 * written as it grows: each Indicator, Group and association goes to a temporary file of its own
 * when it is added, and {@link #writeTo} concatenates them into {@code {"indicator": [...],
 * "group": [...], "association": [...]}}, the {@code association} array last as L129-130 require.
 * The objects are not kept: memory holds the keys only (see below), so a file of a million
 * Indicators costs their keys, not their JSON.
 *
 * <p>Only the pairs that the Batch API accepts compile (batch.table, L120): Indicator to Group,
 * Group to Indicator, Group to Group, and Indicator to Indicator with an association type of
 * indicator-associations.table, the non-primary Indicator first (ref_1) and the primary one
 * second (ref_2), as the example at L614 and L677-683 does. No ref names an owner: the V2 Batch
 * API does not support cross-owner associations (L11-12).
 *
 * <p>A job takes at most 25,000 Indicators (L145-146, batch.table). A larger file is written as
 * {@link #parts()} of at most that many, in the order they were added; they must run as jobs one
 * after the other, each finished before the next is uploaded. All Groups go in the first part;
 * an association goes in the part that holds the later of its two ends (a Group, or an existing
 * object by ID, counting as part one), so that each end is in the same part or, from an earlier
 * part, exists in the owner by then, as L121 and L124 allow.
 *
 * <p>Memory: a hash map from each Indicator's type and summary to its position (to refuse a
 * duplicate, to find the part of an association's end and to refuse an association to an
 * Indicator not added) and a hash set of the Groups' XIDs, about 100 bytes per object plus the
 * key's characters; the objects' fields, Tags, Attributes and the associations stay on disk.
 *
 * <p>Not thread-safe. {@link #close()} deletes the temporary files.
 */
public final class BatchFile implements Closeable {
  private final int maxIndicators;
  private final Path directory;
  private final Path indicators;
  private final Path groups;
  private final Path associations;
  private final Writer indicatorOut;
  private final Writer groupOut;
  private final Writer associationOut;
  private final Map<String, Integer> indicatorPositions = new HashMap<>();
  private final Set<String> groupXids = new HashSet<>();
  /** The number of associations in each part. */
  private final List<Integer> associationsByPart = new ArrayList<>();
  private int associationCount;
  private boolean closed;

  private BatchFile(Path directory, int maxIndicators) throws IOException {
    this.maxIndicators = maxIndicators;
    this.directory = directory;
    this.indicators = directory.resolve("indicator.jsonl");
    this.groups = directory.resolve("group.jsonl");
    this.associations = directory.resolve("association.jsonl");
    this.indicatorOut = Files.newBufferedWriter(indicators, StandardCharsets.UTF_8);
    this.groupOut = Files.newBufferedWriter(groups, StandardCharsets.UTF_8);
    this.associationOut = Files.newBufferedWriter(associations, StandardCharsets.UTF_8);
  }

  /** An empty batch file, kept in a new temporary directory until {@link #close()}. */
  public static BatchFile create() {
    try {
      return new BatchFile(
          Files.createTempDirectory("tcpivot-batch"),
          SpecLoader.builtIn().batch().maxIndicatorsPerJob());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the batch file's temporary files", e);
    }
  }

  /** Adds an Indicator; the file refuses a second Indicator of the same type and summary. */
  public BatchFile add(BatchIndicator<?> indicator) {
    open();
    Checks.notNull(indicator, "indicator");
    String key = key(indicator.type(), indicator.summary());
    if (indicatorPositions.containsKey(key)) {
      throw new IllegalArgumentException(
          "the Indicator " + indicator.type() + " " + indicator.summary() + " is already in this file");
    }
    line(indicatorOut, null, indicator.fields().node);
    indicatorPositions.put(key, indicatorPositions.size());
    return this;
  }

  /** Adds a Group; the file refuses a second Group of the same XID. */
  public BatchFile add(BatchGroup group) {
    open();
    Checks.notNull(group, "group");
    if (groupXids.contains(group.xid())) {
      throw new IllegalArgumentException("the Group of XID " + group.xid() + " is already in this file");
    }
    line(groupOut, null, group.fields().node);
    groupXids.add(group.xid());
    return this;
  }

  /** Associates an Indicator to a Group (ref_1 the Indicator, ref_2 the Group). */
  public BatchFile associate(BatchIndicatorRef<?> indicator, BatchGroupRef group) {
    return association(indicator, group, null);
  }

  /** Associates a Group to an Indicator (ref_1 the Group, ref_2 the Indicator). */
  public BatchFile associate(BatchGroupRef group, BatchIndicatorRef<?> indicator) {
    return association(group, indicator, null);
  }

  /** Associates a Group to another Group. */
  public BatchFile associate(BatchGroupRef group, BatchGroupRef other) {
    return association(group, other, null);
  }

  /**
   * Associates an Indicator of a non-primary type (ref_1) to one of the primary type (ref_2) with
   * a default association type: {@code associate(IndicatorAssociation.URL_HOST, host, url)}.
   */
  public <P extends IndicatorKind, N extends IndicatorKind> BatchFile associate(
      IndicatorAssociationType<P, N> type,
      BatchIndicatorRef<? extends N> nonPrimary,
      BatchIndicatorRef<? extends P> primary) {
    Checks.notNull(type, "type");
    return association(nonPrimary, primary, type.name());
  }

  private BatchFile association(Object first, Object second, String associationType) {
    open();
    Checks.notNull(first, "the first end");
    Checks.notNull(second, "the second end");
    int part = Math.max(part(first), part(second));
    ObjectNode node = Json.mapper().createObjectNode();
    end(node, 1, first);
    end(node, 2, second);
    if (associationType != null) {
      node.put("associationType", associationType);
    }
    line(associationOut, part, node);
    while (associationsByPart.size() <= part) {
      associationsByPart.add(0);
    }
    associationsByPart.set(part, associationsByPart.get(part) + 1);
    associationCount++;
    return this;
  }

  /** The part an end must be in: its own for an Indicator of the file, the first for the others. */
  private int part(Object end) {
    if (end instanceof BatchIndicatorRef<?> indicator && indicator.inFile()) {
      Integer position = indicatorPositions.get(key(indicator.type(), indicator.summary()));
      if (position == null) {
        throw new IllegalArgumentException("the Indicator " + indicator.type() + " "
            + indicator.summary() + " is not in this file: add it before associating it");
      }
      return position / maxIndicators;
    }
    if (end instanceof BatchGroupRef group && group.inFile() && !groupXids.contains(group.xid())) {
      throw new IllegalArgumentException("the Group of XID " + group.xid()
          + " is not in this file: add it before associating it");
    }
    return 0;
  }

  private static void end(ObjectNode node, int n, Object end) {
    if (end instanceof BatchIndicatorRef<?> indicator) {
      if (indicator.id() > 0) {
        node.put("id_" + n, indicator.id());
      } else {
        node.put("ref_" + n, indicator.summary());
      }
      node.put("type_" + n, indicator.type());
    } else {
      BatchGroupRef group = (BatchGroupRef) end;
      if (group.id() > 0) {
        node.put("id_" + n, group.id());
      } else {
        node.put("ref_" + n, group.xid());
      }
    }
  }

  /** The number of Indicators added. */
  public int indicatorCount() {
    return indicatorPositions.size();
  }

  /** The number of Groups added. */
  public int groupCount() {
    return groupXids.size();
  }

  /** The number of associations added. */
  public int associationCount() {
    return associationCount;
  }

  /** The most Indicators that one part holds: what one batch job takes (batch.table). */
  public int maxIndicatorsPerPart() {
    return maxIndicators;
  }

  /**
   * Writes the whole file, when one job takes it: at most {@link #maxIndicatorsPerPart()}
   * Indicators; write a larger one as {@link #parts()}.
   */
  public void writeTo(OutputStream out) {
    List<Part> parts = parts();
    if (parts.size() > 1) {
      throw new IllegalStateException("this file holds " + indicatorCount()
          + " Indicators, more than one batch job takes (" + maxIndicators
          + "); write its " + parts.size() + " parts()");
    }
    parts.get(0).writeTo(out);
  }

  /**
   * The file as the parts that separate batch jobs take, in the order they must run: one part
   * when the file fits one job.
   */
  public List<Part> parts() {
    open();
    int count = Math.max(1, (indicatorCount() + maxIndicators - 1) / maxIndicators);
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      parts.add(new Part(i));
    }
    return parts;
  }

  /** One batch job's share of a {@link BatchFile}; valid until the file changes or closes. */
  public final class Part {
    private final int index;

    private Part(int index) {
      this.index = index;
    }

    /** The part's position, from 0: the order in which the jobs must run. */
    public int index() {
      return index;
    }

    /** The number of Indicators in this part. */
    public int indicatorCount() {
      return Math.max(0, Math.min(maxIndicators, BatchFile.this.indicatorCount() - index * maxIndicators));
    }

    /** The number of Groups in this part: all of them in the first, none in the others. */
    public int groupCount() {
      return index == 0 ? BatchFile.this.groupCount() : 0;
    }

    /** The number of associations in this part. */
    public int associationCount() {
      return index < associationsByPart.size() ? associationsByPart.get(index) : 0;
    }

    /** Writes this part as a batch input file (UTF-8 JSON); leaves {@code out} open. */
    public void writeTo(OutputStream out) {
      open();
      Checks.notNull(out, "out");
      try {
        flush();
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        text.write('{');
        boolean any = false;
        long first = (long) index * maxIndicators;
        any |= array(text, "indicator", indicators, any, first, first + indicatorCount(), -1);
        if (groupCount() > 0) {
          any |= array(text, "group", groups, any, 0, Long.MAX_VALUE, -1);
        }
        array(text, "association", associations, any, 0, Long.MAX_VALUE, index);
        text.write('}');
        text.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write part " + index + " of the batch file", e);
      }
    }

    @Override
    public String toString() {
      return "part " + index + " (" + indicatorCount() + " Indicators, " + groupCount()
          + " Groups, " + associationCount() + " associations)";
    }
  }

  /**
   * Copies lines {@code from} (inclusive) to {@code to} of a temporary file as the items of a
   * JSON array; with {@code part} at 0 or more, only the lines of that part. Writes nothing when
   * no line qualifies, as the docs' examples leave an empty array out.
   */
  private static boolean array(
      Writer text, String name, Path file, boolean after, long from, long to, int part)
      throws IOException {
    boolean opened = false;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String line = in.readLine(); line != null && number < to; line = in.readLine(), number++) {
        if (number < from) {
          continue;
        }
        String json = line;
        if (part >= 0) {
          int tab = line.indexOf('\t');
          if (Integer.parseInt(line.substring(0, tab)) != part) {
            continue;
          }
          json = line.substring(tab + 1);
        }
        if (!opened) {
          text.write((after ? ",\"" : "\"") + name + "\":[");
          opened = true;
        } else {
          text.write(',');
        }
        text.write(json);
      }
    }
    if (opened) {
      text.write(']');
    }
    return opened;
  }

  private static void line(Writer out, Integer part, ObjectNode node) {
    try {
      if (part != null) {
        out.write(part.toString());
        out.write('\t');
      }
      // Jackson escapes line breaks inside strings, so one object is one line.
      out.write(Json.mapper().writeValueAsString(node));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the batch file's temporary files", e);
    }
  }

  private void flush() throws IOException {
    indicatorOut.flush();
    groupOut.flush();
    associationOut.flush();
  }

  /** The directory of the temporary files, which {@link #close()} deletes. */
  Path directory() {
    return directory;
  }

  private static String key(String type, String summary) {
    return type + '\u0000' + summary;
  }

  private void open() {
    if (closed) {
      throw new IllegalStateException("this batch file is closed");
    }
  }

  /** Deletes the temporary files; the file cannot be used afterwards. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    IOException failure = null;
    for (Closeable c : List.<Closeable>of(indicatorOut, groupOut, associationOut)) {
      try {
        c.close();
      } catch (IOException e) {
        failure = e;
      }
    }
    for (Path path : List.of(indicators, groups, associations, directory)) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        failure = e;
      }
    }
    if (failure != null) {
      throw new UncheckedIOException("cannot delete the batch file's temporary files", failure);
    }
  }
}
