package dev.tcpivot.clients;

/**
 * The object types that the table "Supported Association Types" ({@code
 * shared/seeds/000_cb3eda5f299f2cb8.txt}, lines 13-55) lists as associable, as it names them, with
 * the Java names that DESIGN.md ("The public API") fixes for them.
 */
enum DocumentedTarget {
  ARTIFACTS("Artifacts", "Artifact"),
  CASES("Cases", "Case"),
  GROUPS("Groups", "Group"),
  INDICATORS("Indicators", "Indicator"),
  VICTIM_ASSETS("Victim Assets", "VictimAsset");

  private final String documentedName;
  private final String model;

  DocumentedTarget(String documentedName, String model) {
    this.documentedName = documentedName;
    this.model = model;
  }

  /** The name in the table, e.g. {@code Victim Assets}: the value of {@code @Associate}. */
  String documentedName() {
    return documentedName;
  }

  /** The response model, e.g. {@code VictimAsset}: the {@code T} of {@code Ref<T>}. */
  String model() {
    return model;
  }

  /** The ref factory class, e.g. {@code VictimAssetRef}. */
  String refClass() {
    return model + "Ref";
  }

  @Override
  public String toString() {
    return documentedName;
  }
}
