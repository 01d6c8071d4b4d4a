package dev.tcpivot.sandbox;

import java.util.Optional;

/**
 * An Artifact's {@code intelType}, read from artifact-types.table, which holds the pairs the docs
 * give. An Artifact of a type the table does not list carries none: its intelType is not guessed
 * from the type's name.
 */
final class IntelTypes {
  private final SpecView view;

  IntelTypes(SpecView view) {
    this.view = view;
  }

  Optional<String> of(String artifactType) {
    return artifactType == null ? Optional.empty() : view.spec().intelType(artifactType);
  }
}
