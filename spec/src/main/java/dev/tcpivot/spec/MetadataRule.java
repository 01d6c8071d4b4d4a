package dev.tcpivot.spec;

import java.util.List;

/**
 * One row of the metadata table: the non-association metadata fields that a PUT to an endpoint may
 * change with a {@code mode} block.
 */
public record MetadataRule(ObjectType endpoint, List<String> metadata, SourceLine source) {
  public MetadataRule {
    metadata = List.copyOf(metadata);
  }
}
