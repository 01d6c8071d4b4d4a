package dev.tcpivot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a V2 Batch API input file into a {@link BatchFile}, one array item at a time with
 * Jackson's streaming parser, so memory holds one item and the keys the file keeps. Indicators
 * and Groups are added as they come; associations, which may name an object further down, wait
 * in a temporary file of their own and are added at the end, when the file knows every object.
 */
final class BatchFileReader implements BatchFileAssociations.Deferred {
  private final Path file;
  private final BatchFile into;
  private final Writer later;
  /** The JSON path being read, for a malformed-JSON refusal. */
  private String path = "$";

  private BatchFileReader(Path file, BatchFile into, Writer later) {
    this.file = file;
    this.into = into;
    this.later = later;
  }

  /** Fills {@code into} from the file; closes it and refuses on the first problem. */
  static BatchFile read(Path file, BatchFile into) {
    boolean done = false;
    // beside the file's own temporary files, so that nothing outlives a refusal
    Path deferred = into.directory().resolve("association-deferred.jsonl");
    try {
      try (Writer later = Files.newBufferedWriter(deferred, StandardCharsets.UTF_8)) {
        new BatchFileReader(file, into, later).members();
      }
      associate(file, into, deferred);
      done = true;
      return into;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the batch input file " + file, e);
    } finally {
      try {
        Files.deleteIfExists(deferred);
      } catch (IOException e) {
        done = false;
      }
      if (!done) {
        into.close();
      }
    }
  }

  private void members() throws IOException {
    try (BufferedReader text = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonParser parser = Json.mapper().getFactory().createParser(skipByteOrderMark(text))) {
      try {
        members(parser);
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        throw new BatchFileException(file, path, at == null ? 0 : at.getLineNr(),
            at == null ? 0 : at.getColumnNr(), "malformed JSON: " + e.getOriginalMessage(), e);
      }
    }
  }

  /** Skips the byte order mark that some editors put first, which a character parser would refuse. */
  private static Reader skipByteOrderMark(BufferedReader text) throws IOException {
    text.mark(1);
    if (text.read() != '\uFEFF') {
      text.reset();
    }
    return text;
  }

  private void members(JsonParser parser) throws IOException {
    String known = String.join(", ", Arrays.stream(BatchObject.Kind.values()).map(BatchObject.Kind::array).toList());
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_OBJECT) {
      throw refuse(parser, "$", (first == null ? "the file is empty" : "the file does not start with {")
          + ": a batch input file is an object of the arrays " + known);
    }
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      path = BatchFileElement.member("$", name);
      BatchObject.Kind kind = BatchObject.Kind.of(name);
      if (kind == null) {
        throw refuse(parser, path, "unknown member " + name + " (a batch input file has: " + known + ")");
      }
      if (!seen.add(name)) {
        throw refuse(parser, path, name + " appears twice in the file");
      }
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw refuse(parser, path, name + " must be an array of objects");
      }
      String array = path;
      int n = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        path = array + "[" + n++ + "]";
        if (parser.currentToken() != JsonToken.START_OBJECT) {
          throw refuse(parser, path, "an item of " + name + " must be an object");
        }
        item(kind, BatchFileElement.read(parser, file, path));
      }
      path = "$";
    }
    if (parser.nextToken() != null) {
      throw refuse(parser, "$", "the file goes on after its object");
    }
  }

  private void item(BatchObject.Kind kind, BatchFileElement e) {
    switch (kind) {
      case INDICATOR -> {
        BatchIndicator<?> indicator = BatchFileIndicators.read(e, this);
        e.typed(e.path, () -> into.add(indicator));
      }
      case GROUP -> {
        BatchGroup group = BatchFileGroups.read(e, this);
        e.typed(e.path, () -> into.add(group));
      }
      default -> associate(e, e.path, BatchFileAssociations.read(e));
    }
  }

  @Override
  public void associate(BatchFileElement e, String at, ObjectNode association) {
    long[] place = e.place(at);
    ObjectNode line = Json.mapper().createObjectNode()
        .put("at", at).put("line", place[0]).put("column", place[1]);
    line.set("association", association);
    try {
      later.write(line.toString());
      later.write('\n');
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write the batch input file's associations aside", ex);
    }
  }

  /** Adds the associations set aside, each as the typed API adds it, now that every object is known. */
  private static void associate(Path file, BatchFile into, Path deferred) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(deferred, StandardCharsets.UTF_8)) {
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        JsonNode line = Json.mapper().readTree(text);
        JsonNode association = line.get("association");
        try {
          into.association(end(into, association, 1), end(into, association, 2),
              association.path("associationType").textValue());
        } catch (IllegalArgumentException e) {
          throw new BatchFileException(file, line.get("at").textValue(), line.get("line").longValue(),
              line.get("column").longValue(), e.getMessage(), e);
        }
      }
    }
  }

  /**
   * An end as the typed API names it: an Indicator of the file as itself, one outside it by
   * summary or ID ({@link BatchRef}), a Group by XID or ID.
   */
  private static Object end(BatchFile into, JsonNode association, int n) {
    long id = association.path("id_" + n).asLong();
    String ref = association.path("ref_" + n).textValue();
    String type = association.path("type_" + n).textValue();
    if (type == null) {
      return new BatchGroupRef.Existing(ref, id);
    }
    if (ref != null && into.holds(type, ref)) {
      return new BatchIndicator<>(type, ref);
    }
    return new BatchIndicatorRef.Existing<>(new BatchIndicatorType<>(type), ref, id);
  }

  private BatchFileException refuse(JsonParser parser, String at, String problem) {
    JsonLocation location = parser.currentTokenLocation();
    return new BatchFileException(file, at, location.getLineNr(), location.getColumnNr(), problem, null);
  }
}
