package dev.tcpivot.compile;

/**
 * The object types an association can point at, as the documented table names them, with the
 * Java names that DESIGN.md ("The public API") fixes for them.
 */
enum Target {
  ARTIFACTS("Artifacts", "Artifact"),
  CASES("Cases", "Case"),
  GROUPS("Groups", "Group"),
  INDICATORS("Indicators", "Indicator"),
  VICTIM_ASSETS("Victim Assets", "VictimAsset");

  private final String documentedName;
  private final String javaName;

  Target(String documentedName, String javaName) {
    this.documentedName = documentedName;
    this.javaName = javaName;
  }

  /** The name in the documented table, e.g. {@code Victim Assets}. */
  String documentedName() {
    return documentedName;
  }

  /** The builder method that associates this type, e.g. {@code associatedVictimAssets}. */
  String setter() {
    return "associated" + javaName + "s";
  }

  /** An expression for an existing object of this type, e.g. {@code VictimAssetRef.id(12345)}. */
  String existing() {
    return javaName + "Ref.id(12345)";
  }

  /** The type javac prints for {@link #existing()}, e.g. {@code dev.tcpivot.IdRef<dev.tcpivot.v3.Case>}. */
  String existingType() {
    return "dev.tcpivot.IdRef<dev.tcpivot.v3." + javaName + ">";
  }
}
