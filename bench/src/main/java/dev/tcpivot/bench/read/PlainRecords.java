package dev.tcpivot.bench.read;

import java.math.BigDecimal;
import java.util.List;

/**
 * The floor's types: plain records with the fields of the Indicators and Groups in the page, as
 * v3/indicators/retrieve.rst and v3/update_metadata.rst show them (dates kept as text), bound by
 * Jackson with nothing of the SDK.
 */
public final class PlainRecords {
  private PlainRecords() {}

  /** The envelope of a list response. */
  public record Page(List<IndicatorRecord> data, Long count, String status) {}

  /** An Indicator of one of the three types in the page. */
  public record IndicatorRecord(
      long id,
      long ownerId,
      String ownerName,
      String dateAdded,
      String webLink,
      String type,
      String lastModified,
      BigDecimal rating,
      Integer confidence,
      String description,
      String summary,
      boolean privateFlag,
      boolean active,
      boolean activeLocked,
      String hostName,
      Boolean dnsActive,
      Boolean whoisActive,
      String ip,
      String address,
      String legacyLink,
      Associated associatedGroups) {}

  /** {@code {"data": [...]}}, as associations come. */
  public record Associated(List<GroupRecord> data) {}

  /** An associated Group. */
  public record GroupRecord(
      long id,
      long ownerId,
      String type,
      String ownerName,
      String dateAdded,
      String webLink,
      String name,
      CreatedBy createdBy,
      String legacyLink) {}

  /** The user who created a Group. */
  public record CreatedBy(
      long id, String userName, String firstName, String lastName, String pseudonym, String owner) {}
}
