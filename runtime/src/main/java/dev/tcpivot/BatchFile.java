package dev.tcpivot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BatchRules;
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
 * <p>A job takes at most 25,000 Indicators (L145-146, batch.table) and an upload at most 2,000,000
 * bytes (L803-811). A larger file is written as {@link #parts()} of at most that many Indicators
 * and bytes each, in the order they were added; they must run as jobs one
 * after the other, each finished before the next is uploaded. All Groups go in the first part;
 * an association goes in the part that holds the later of its two ends (a Group, or an existing
 * object by ID, counting as part one), or in a later one when that part is full, so that each end
 * is in the same part or, from an earlier part, exists in the owner by then, as L121 and L124
 * allow. An object whose JSON alone exceeds an upload, and a Group that would take the Groups of
 * the first part over it, are refused when added.
 *
 * <p>Memory: a hash map from each Indicator's type and summary to its position (to refuse a
 * duplicate, to find the part of an association's end and to refuse an association to an
 * Indicator not added) and a hash set of the Groups' XIDs, about 100 bytes per object plus the
 * key's characters, plus 4 bytes per Indicator and 8 per association (their sizes and the
 * position of an association's later end, to split by bytes); the objects' fields, Tags,
 * Attributes and the associations stay on disk. The object behind a batch error is read back from
 * disk ({@link Part#describe}), so mapping errors to objects costs no memory.
 *
 * <p>{@link #read(Path)} makes one from an input file written elsewhere, checked as the typed
 * API checks what it is given.
 *
 * <p>Not thread-safe. {@link #close()} deletes the temporary files.
 */
public final class BatchFile implements Closeable {
  /** What {@code {}} and the three array names cost at most around the objects of a part. */
  private static final int OVERHEAD = 64;

  private final int maxIndicators;
  private final long maxBytes;
  private final Path directory;
  private final Path indicators;
  private final Path groups;
  private final Path associations;
  private final Writer indicatorOut;
  private final Writer groupOut;
  private final Writer associationOut;
  private final Map<String, Integer> indicatorPositions = new HashMap<>();
  private final Set<String> groupXids = new HashSet<>();
  private final IntList indicatorBytes = new IntList();
  private final IntList associationBytes = new IntList();
  /** The position of each association's later Indicator of this file, -1 when it has none. */
  private final IntList associationEnds = new IntList();
  private long groupBytes;
  private Layout layout;
  private boolean closed;

  private BatchFile(Path directory, int maxIndicators, long maxBytes) throws IOException {
    this.maxIndicators = maxIndicators;
    this.maxBytes = maxBytes;
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
    BatchRules rules = SpecLoader.builtIn().batch();
    return withLimits(rules.maxIndicatorsPerJob(), rules.maxUploadBytes());
  }

  /**
   * An empty batch file whose parts hold fewer Indicators or bytes than the API allows, for
   * smaller jobs (that finish, or halt, sooner).
   *
   * @throws IllegalArgumentException if a limit is less than 1 or more than the API's
   *     (batch.table: 25,000 Indicators, 2,000,000 bytes)
   */
  public static BatchFile withLimits(int maxIndicatorsPerPart, long maxBytesPerPart) {
    BatchRules rules = SpecLoader.builtIn().batch();
    if (maxIndicatorsPerPart < 1 || maxIndicatorsPerPart > rules.maxIndicatorsPerJob()) {
      throw new IllegalArgumentException("maxIndicatorsPerPart must be 1 to "
          + rules.maxIndicatorsPerJob() + ", was " + maxIndicatorsPerPart);
    }
    if (maxBytesPerPart <= OVERHEAD || maxBytesPerPart > rules.maxUploadBytes()) {
      throw new IllegalArgumentException("maxBytesPerPart must be " + (OVERHEAD + 1) + " to "
          + rules.maxUploadBytes() + ", was " + maxBytesPerPart);
    }
    try {
      return new BatchFile(
          Files.createTempDirectory("tcpivot-batch"), maxIndicatorsPerPart, maxBytesPerPart);
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
    String json = json(indicator.fields().node, "the Indicator " + indicator.type() + " " + indicator.summary());
    line(indicatorOut, json);
    indicatorBytes.add(utf8Length(json));
    indicatorPositions.put(key, indicatorPositions.size());
    layout = null;
    return this;
  }

  /** Adds a Group; the file refuses a second Group of the same XID. */
  public BatchFile add(BatchGroup group) {
    open();
    Checks.notNull(group, "group");
    if (groupXids.contains(group.xid())) {
      throw new IllegalArgumentException("the Group of XID " + group.xid() + " is already in this file");
    }
    String json = json(group.fields().node, "the Group of XID " + group.xid());
    int bytes = utf8Length(json);
    if (groupBytes + bytes + 1 > maxBytes - OVERHEAD) {
      throw new IllegalArgumentException("the Group of XID " + group.xid() + " would take the Groups,"
          + " which all go in the first part, over the " + maxBytes + " bytes of one upload");
    }
    line(groupOut, json);
    groupBytes += bytes + 1;
    groupXids.add(group.xid());
    layout = null;
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

  /**
   * Reads a V2 Batch API input file (v2_batch_api.rst, "Upload an Input File") into a batch file
   * of the API's limits, as {@link #create()} makes; see {@link #read(Path, int, long)}.
   *
   * @throws BatchFileException at the first value that the typed API would refuse, or malformed JSON
   */
  public static BatchFile read(Path file) {
    BatchRules rules = SpecLoader.builtIn().batch();
    return read(file, rules.maxIndicatorsPerJob(), rules.maxUploadBytes());
  }

  /**
   * Reads a V2 Batch API input file ({@code {"indicator": [...], "group": [...], "association":
   * [...]}}, any array left out) into a batch file with parts of these limits, as
   * {@link #withLimits} makes. Each object is checked as the typed API checks it (its type, its
   * required fields, the fields its type takes, ranges, duplicates, the association pairs and
   * Indicator-to-Indicator types with their direction, no owner named anywhere) and written as
   * the typed API writes it. The associations that Indicators and Groups carry
   * ({@code associatedGroups}, {@code associatedIndicators}, {@code associatedGroupXid}) become
   * items of the {@code association} array; an Indicator's {@code associatedIndicators}, which
   * carry no association type, take the one default type that joins the two types, in its
   * direction. An association end by summary or XID that the file
   * does not hold names an existing object of the job's owner, as {@link BatchRef} does. The file
   * is read one array item at a time; nothing is sent.
   *
   * @throws BatchFileException at the first value that the typed API would refuse, or malformed
   *     JSON; the partly read batch file is closed
   * @throws IllegalArgumentException if a limit is out of range, as for {@link #withLimits}
   * @throws UncheckedIOException if the file cannot be read
   */
  public static BatchFile read(Path file, int maxIndicatorsPerPart, long maxBytesPerPart) {
    Checks.notNull(file, "file");
    return BatchFileReader.read(file, withLimits(maxIndicatorsPerPart, maxBytesPerPart));
  }

  /** Whether the file holds the Indicator of this type and summary. */
  boolean holds(String type, String summary) {
    return indicatorPositions.containsKey(key(type, summary));
  }

  BatchFile association(Object first, Object second, String associationType) {
    open();
    Checks.notNull(first, "the first end");
    Checks.notNull(second, "the second end");
    int end = Math.max(end(first), end(second));
    ObjectNode node = Json.mapper().createObjectNode();
    end(node, 1, first);
    end(node, 2, second);
    if (associationType != null) {
      node.put("associationType", associationType);
    }
    String json = json(node, "the association");
    line(associationOut, json);
    associationBytes.add(utf8Length(json));
    associationEnds.add(end);
    layout = null;
    return this;
  }

  /** The position of an end that is an Indicator of this file; -1 for the others. */
  private int end(Object end) {
    if (end instanceof BatchIndicatorRef<?> indicator && indicator.inFile()) {
      Integer position = indicatorPositions.get(key(indicator.type(), indicator.summary()));
      if (position == null) {
        throw new IllegalArgumentException("the Indicator " + indicator.type() + " "
            + indicator.summary() + " is not in this file: add it before associating it");
      }
      return position;
    }
    if (end instanceof BatchGroupRef group && group.inFile() && !groupXids.contains(group.xid())) {
      throw new IllegalArgumentException("the Group of XID " + group.xid()
          + " is not in this file: add it before associating it");
    }
    return -1;
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
    return associationEnds.size();
  }

  /** The most Indicators that one part holds: what one batch job takes (batch.table). */
  public int maxIndicatorsPerPart() {
    return maxIndicators;
  }

  /** The most bytes that one part holds: what one upload takes (batch.table). */
  public long maxBytesPerPart() {
    return maxBytes;
  }

  /**
   * Writes the whole file, when one job takes it: at most {@link #maxIndicatorsPerPart()}
   * Indicators; write a larger one as {@link #parts()}.
   */
  public void writeTo(OutputStream out) {
    List<Part> parts = parts();
    if (parts.size() > 1) {
      throw new IllegalStateException("this file holds " + indicatorCount()
          + " Indicators and " + parts.stream().mapToLong(Part::byteCount).sum()
          + " bytes, more than one batch job takes (" + maxIndicators + ", " + maxBytes
          + " bytes); write its " + parts.size() + " parts()");
    }
    parts.get(0).writeTo(out);
  }

  /**
   * The file as the parts that separate batch jobs take, in the order they must run: one part
   * when the file fits one job.
   */
  public List<Part> parts() {
    open();
    if (layout == null) {
      layout = new Layout();
    }
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < layout.starts.size(); i++) {
      parts.add(new Part(layout, i));
    }
    return parts;
  }

  /**
   * Where each object goes: Indicators in order, a part full at {@code maxIndicators} or when the
   * next object would take it over {@code maxBytes}; each association right after its later end,
   * or in the next part when that one is full.
   */
  private final class Layout {
    /** The position of each part's first Indicator. */
    final IntList starts = new IntList();
    final int[] associationParts = new int[associationCount()];
    final List<Long> bytes = new ArrayList<>();
    final IntList associations = new IntList();
    private final int[] indicatorsIn;
    private long used;
    private int count;

    Layout() {
      int n = indicatorCount();
      int[] head = new int[n];
      java.util.Arrays.fill(head, -1);
      int[] next = new int[associationCount()];
      List<Integer> free = new ArrayList<>();
      for (int a = associationCount() - 1; a >= 0; a--) {
        int end = associationEnds.get(a);
        if (end >= 0) {
          next[a] = head[end];
          head[end] = a;
        }
      }
      for (int a = 0; a < associationCount(); a++) {
        if (associationEnds.get(a) < 0) {
          free.add(a);
        }
      }
      long limit = maxBytes - OVERHEAD;
      starts.add(0);
      associations.add(0);
      used = groupBytes;
      for (int a : free) {
        place(a, limit, 0);
      }
      for (int i = 0; i < n; i++) {
        int cost = indicatorBytes.get(i) + 1;
        if (count == maxIndicators || used + cost > limit) {
          newPart(i);
        }
        used += cost;
        count++;
        for (int a = head[i]; a >= 0; a = next[a]) {
          place(a, limit, i + 1);
        }
      }
      indicatorsIn = new int[starts.size()];
      for (int p = 0; p < starts.size(); p++) {
        int end = p + 1 < starts.size() ? starts.get(p + 1) : n;
        indicatorsIn[p] = end - starts.get(p);
      }
      for (int p = 0; p < starts.size(); p++) {
        bytes.add(exactBytes(p));
      }
    }

    private void place(int association, long limit, int nextIndicator) {
      int cost = associationBytes.get(association) + 1;
      if (used + cost > limit) {
        newPart(nextIndicator);
      }
      used += cost;
      associationParts[association] = starts.size() - 1;
      int part = starts.size() - 1;
      associations.set(part, associations.get(part) + 1);
    }

    private void newPart(int firstIndicator) {
      starts.add(firstIndicator);
      associations.add(0);
      used = 0;
      count = 0;
    }

    /** The bytes {@link Part#writeTo} writes: the objects, their commas and the arrays around them. */
    private long exactBytes(int part) {
      long total = 2;
      int arrays = 0;
      long indicators = 0;
      for (int i = starts.get(part); i < starts.get(part) + indicatorsIn[part]; i++) {
        indicators += indicatorBytes.get(i) + 1;
      }
      if (indicatorsIn[part] > 0) {
        total += indicators - 1 + "\"indicator\":[]".length();
        arrays++;
      }
      if (part == 0 && groupCount() > 0) {
        total += groupBytes - 1 + "\"group\":[]".length() + (arrays++ > 0 ? 1 : 0);
      }
      if (associations.get(part) > 0) {
        long sum = 0;
        for (int a = 0; a < associationParts.length; a++) {
          if (associationParts[a] == part) {
            sum += associationBytes.get(a) + 1;
          }
        }
        total += sum - 1 + "\"association\":[]".length() + (arrays > 0 ? 1 : 0);
      }
      return total;
    }
  }

  /** One batch job's share of a {@link BatchFile}; valid until the file changes or closes. */
  public final class Part {
    private final Layout layout;
    private final int index;

    private Part(Layout layout, int index) {
      this.layout = layout;
      this.index = index;
    }

    /** The part's position, from 0: the order in which the jobs must run. */
    public int index() {
      return index;
    }

    /** The number of Indicators in this part. */
    public int indicatorCount() {
      return layout.indicatorsIn[index];
    }

    /** The number of Groups in this part: all of them in the first, none in the others. */
    public int groupCount() {
      return index == 0 ? BatchFile.this.groupCount() : 0;
    }

    /** The number of associations in this part. */
    public int associationCount() {
      return layout.associations.get(index);
    }

    /** The size of this part as {@link #writeTo} writes it, in bytes: at most {@link #maxBytesPerPart()}. */
    public long byteCount() {
      return layout.bytes.get(index);
    }

    /**
     * The object of this part that a batch error's JSON path names ({@code '$.indicator[2]'}: the
     * third Indicator of this part), read back from the temporary files: an Indicator as its type
     * and summary, a Group as its XID, an association as its two ends; empty when the part has no
     * such object.
     */
    public java.util.Optional<BatchObject> describe(BatchObject.Kind kind, int n) {
      check();
      Checks.notNull(kind, "kind");
      if (n < 0) {
        return java.util.Optional.empty();
      }
      try {
        flush();
        ObjectNode node;
        switch (kind) {
          case INDICATOR -> {
            if (n >= indicatorCount()) {
              return java.util.Optional.empty();
            }
            node = read(indicators, layout.starts.get(index) + n, -1);
          }
          case GROUP -> {
            if (n >= groupCount()) {
              return java.util.Optional.empty();
            }
            node = read(groups, n, -1);
          }
          default -> {
            if (n >= associationCount()) {
              return java.util.Optional.empty();
            }
            node = read(associations, n, index);
          }
        }
        return java.util.Optional.of(BatchObject.of(kind, n, node));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read part " + index + " of the batch file", e);
      }
    }

    /** The {@code n}-th line of a temporary file, or of the lines of association part {@code part}. */
    private ObjectNode read(Path file, long n, int part) throws IOException {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        long seen = 0;
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine(), number++) {
          if (part >= 0 && layout.associationParts[number] != part) {
            continue;
          }
          if (seen++ == n) {
            return (ObjectNode) Json.mapper().readTree(line);
          }
        }
      }
      throw new IllegalStateException("the batch file's temporary files lack object " + n);
    }

    private void check() {
      open();
      if (layout != BatchFile.this.layout) {
        throw new IllegalStateException("the batch file changed after parts() was called: call it again");
      }
    }

    /** Writes this part as a batch input file (UTF-8 JSON); leaves {@code out} open. */
    public void writeTo(OutputStream out) {
      check();
      Checks.notNull(out, "out");
      try {
        flush();
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        text.write('{');
        boolean any = false;
        long first = layout.starts.get(index);
        any |= array(text, "indicator", indicators, any, first, first + indicatorCount(), null, -1);
        if (groupCount() > 0) {
          any |= array(text, "group", groups, any, 0, Long.MAX_VALUE, null, -1);
        }
        array(text, "association", associations, any, 0, Long.MAX_VALUE, layout.associationParts, index);
        text.write('}');
        text.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write part " + index + " of the batch file", e);
      }
    }

    @Override
    public String toString() {
      return "part " + index + " (" + indicatorCount() + " Indicators, " + groupCount()
          + " Groups, " + associationCount() + " associations, " + byteCount() + " bytes)";
    }
  }

  /**
   * Copies lines {@code from} (inclusive) to {@code to} of a temporary file as the items of a
   * JSON array; with {@code parts}, only the lines whose entry there is {@code part}. Writes nothing when
   * no line qualifies, as the docs' examples leave an empty array out.
   */
  private static boolean array(
      Writer text, String name, Path file, boolean after, long from, long to, int[] parts, int part)
      throws IOException {
    boolean opened = false;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String line = in.readLine(); line != null && number < to; line = in.readLine(), number++) {
        if (number < from) {
          continue;
        }
        String json = line;
        if (parts != null && parts[(int) number] != part) {
          continue;
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

  /** The object as one line of JSON, refused when it alone exceeds an upload. */
  private String json(ObjectNode node, String what) {
    String json;
    try {
      // Jackson escapes line breaks inside strings, so one object is one line.
      json = Json.mapper().writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + what + " as JSON", e);
    }
    long bytes = utf8Length(json);
    if (bytes + 1 > maxBytes - OVERHEAD) {
      throw new IllegalArgumentException(what + " takes " + bytes + " bytes of JSON, more than one"
          + " upload of at most " + maxBytes + " bytes holds (v2_batch_api.rst L803-811)");
    }
    return json;
  }

  private static int utf8Length(String json) {
    return json.getBytes(StandardCharsets.UTF_8).length;
  }

  private static void line(Writer out, String json) {
    try {
      out.write(json);
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

  /** A growable list of ints, 4 bytes an item. */
  private static final class IntList {
    private int[] items = new int[16];
    private int size;

    void add(int value) {
      if (size == items.length) {
        items = java.util.Arrays.copyOf(items, size * 2);
      }
      items[size++] = value;
    }

    int get(int i) {
      return items[i];
    }

    void set(int i, int value) {
      items[i] = value;
    }

    int size() {
      return size;
    }
  }
}
