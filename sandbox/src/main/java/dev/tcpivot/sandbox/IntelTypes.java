package dev.tcpivot.sandbox;

import dev.tcpivot.spec.ObjectType;
import java.util.Locale;
import java.util.Optional;

/**
 * An Artifact's {@code intelType}: {@code indicator-<Indicator type>} when its type names an
 * Indicator type. Artifact type names differ from Indicator type names ("Email Address" for
 * EmailAddress, "IP Address" for Address; v3/case_management/artifact_types/retrieve.rst), so the
 * match ignores spaces and case, and otherwise takes the longest Indicator type the name ends with.
 */
final class IntelTypes {
  private final SpecView view;

  IntelTypes(SpecView view) {
    this.view = view;
  }

  Optional<String> of(String artifactType) {
    if (artifactType == null) {
      return Optional.empty();
    }
    ObjectType indicators = view.summaryEndpoint();
    String wanted = squash(artifactType);
    String best = null;
    for (String type : view.catalog(indicators).types()) {
      String candidate = squash(type);
      if (candidate.equals(wanted)) {
        return Optional.of("indicator-" + type);
      }
      if (wanted.endsWith(candidate)
          && (best == null || candidate.length() > squash(best).length())) {
        best = type;
      }
    }
    return Optional.ofNullable(best).map(t -> "indicator-" + t);
  }

  private static String squash(String name) {
    return name.replace(" ", "").toLowerCase(Locale.ROOT);
  }
}
