package dev.tcpivot;

import dev.tcpivot.spec.BatchRules.Side;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * An Indicator of a batch file, made by the generated factories ({@code
 * BatchIndicators.host("badguyz.com")}) and added with {@link BatchFile#add(BatchIndicator)}. The
 * file names it by type and summary, so it is also the ref to itself in associations. Fields are
 * those of v2_batch_api_indicator_fields.rst; instances are immutable, each method returns a copy.
 *
 * @param <K> the Indicator's kind
 */
public final class BatchIndicator<K extends IndicatorKind> extends BatchIndicatorRef<K> {
  private final String type;
  private final String summary;
  private final BatchFields fields;

  BatchIndicator(String type, String summary) {
    this.type = Checks.notBlank(type, "type");
    this.summary = BatchFields.summary(type, summary);
    this.fields = new BatchFields().put("summary", summary).put("type", type);
  }

  private BatchIndicator(BatchIndicator<K> from, BatchFields fields) {
    this.type = from.type;
    this.summary = from.summary;
    this.fields = fields;
  }

  private BatchIndicator<K> with(BatchFields changed) {
    return new BatchIndicator<>(this, changed);
  }

  /** The Threat Rating, from 0 to 5 (L165-171). */
  public BatchIndicator<K> rating(int rating) {
    return with(fields.copy().put("rating", BatchFields.range(rating, "rating", 0, 5)));
  }

  /** The Confidence Rating, from 0 to 100 (L96-103). */
  public BatchIndicator<K> confidence(int confidence) {
    return with(fields.copy().put("confidence", BatchFields.range(confidence, "confidence", 0, 100)));
  }

  /** Whether the Indicator is active (the API's default: true). */
  public BatchIndicator<K> active(boolean active) {
    return with(fields.copy().put("active", active));
  }

  /** Whether CAL may not change the Indicator's status (the API's default: false). */
  public BatchIndicator<K> activeLocked(boolean activeLocked) {
    return with(fields.copy().put("activeLocked", activeLocked));
  }

  /** Whether the Indicator is private (the API's default: false). */
  public BatchIndicator<K> privateFlag(boolean privateFlag) {
    return with(fields.copy().put("privateFlag", privateFlag));
  }

  /** The value of the Indicator's default Description Attribute. */
  public BatchIndicator<K> description(String description) {
    return with(fields.copy().put("description", Checks.notNull(description, "description")));
  }

  /** When the Indicator was first seen. */
  public BatchIndicator<K> firstSeen(Instant firstSeen) {
    return with(fields.copy().put("firstSeen", firstSeen));
  }

  /** When the Indicator was last seen. */
  public BatchIndicator<K> lastSeen(Instant lastSeen) {
    return with(fields.copy().put("lastSeen", lastSeen));
  }

  /** When the Indicator was created externally. */
  public BatchIndicator<K> externalDateAdded(Instant date) {
    return with(fields.copy().put("externalDateAdded", date));
  }

  /** When the Indicator expires externally. */
  public BatchIndicator<K> externalDateExpires(Instant date) {
    return with(fields.copy().put("externalDateExpires", date));
  }

  /** When the Indicator was last modified externally. */
  public BatchIndicator<K> externalLastModified(Instant date) {
    return with(fields.copy().put("externalLastModified", date));
  }

  /** A File Indicator's file size; other types refuse it (batch.table). */
  public BatchIndicator<K> size(long size) {
    BatchFields.requireTaken(Side.INDICATOR, type, "size");
    return with(fields.copy().put("size", BatchFields.range(size, "size", 0, Long.MAX_VALUE)));
  }

  /**
   * A File Occurrence of a File Indicator: the file's name, its run path and when it occurred,
   * each null when unknown but at least one given (v2_batch_api_indicator_fields.rst L120-135 and
   * footnote 1). Each call adds one.
   *
   * @throws IllegalArgumentException for another type, or if all three are null or a name or path
   *     is blank
   */
  public BatchIndicator<K> fileOccurrence(String fileName, String path, Instant date) {
    BatchFields.requireTaken(Side.INDICATOR, type, "fileOccurrence");
    if (fileName == null && path == null && date == null) {
      throw new IllegalArgumentException(
          "a File Occurrence needs at least one of fileName, path and date");
    }
    ObjectNode occurrence = Json.mapper().createObjectNode();
    if (fileName != null) {
      occurrence.put("fileName", Checks.notBlank(fileName, "fileName"));
    }
    if (path != null) {
      occurrence.put("path", Checks.notBlank(path, "path"));
    }
    if (date != null) {
      occurrence.put("date", date.toString());
    }
    return with(fields.copy().add("fileOccurrence", occurrence));
  }

  /** With a Tag, by name. */
  public BatchIndicator<K> tag(String name) {
    return with(fields.copy().addNamed("tag", name, null, null));
  }

  /** With an existing Security Label, by name. */
  public BatchIndicator<K> securityLabel(String name) {
    return with(fields.copy().label(name));
  }

  /** With a Security Label that the job creates if it does not exist: its color (e.g. FF0000) and description. */
  public BatchIndicator<K> securityLabel(String name, String color, String description) {
    return with(fields.copy().label(name, color, description));
  }

  /** With an Attribute. */
  public BatchIndicator<K> attribute(BatchAttribute attribute) {
    return with(fields.copy().add("attribute", Checks.notNull(attribute, "attribute").node()));
  }

  @Override
  String type() {
    return type;
  }

  @Override
  String summary() {
    return summary;
  }

  @Override
  long id() {
    return 0;
  }

  @Override
  boolean inFile() {
    return true;
  }

  BatchFields fields() {
    return fields;
  }

  /** The Indicator's JSON, as the file holds it. */
  @Override
  public String toString() {
    return fields.node.toString();
  }
}
