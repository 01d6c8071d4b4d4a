package dev.tcpivot.spec;

import java.util.Objects;

/**
 * An Artifact type whose {@code intelType} the docs give (artifact-types.table), e.g. {@code IP
 * Address}, whose Artifacts carry {@code indicator-Address}.
 *
 * @param name the Artifact type's name, as an Artifact's {@code type} gives it
 * @param intelType the {@code intelType} of its Artifacts
 */
public record ArtifactType(String name, String intelType, SourceLine source) {
  public ArtifactType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(intelType, "intelType");
  }
}
