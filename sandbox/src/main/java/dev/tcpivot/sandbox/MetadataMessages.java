package dev.tcpivot.sandbox;

/** The texts of the errors about Tags, Security Labels and Attributes. */
final class MetadataMessages {
  private MetadataMessages() {}

  static String tagNeedsName(String where) {
    return where + "A Tag needs a name, a techniqueId or an id";
  }

  static String noSuchTechnique(String where, String techniqueId) {
    return where + "No ATT&CK Tag has the techniqueId " + techniqueId;
  }

  static String noSuchTag(String where, long id) {
    return where + "No Tag has the id " + id;
  }

  static String labelNeedsName(String where) {
    return where + "A Security Label needs a name or an id";
  }

  static String noSuchLabel(String where, long id) {
    return where + "No Security Label has the id " + id;
  }

  static String attributeNeeds(String where, String field) {
    return where + "An Attribute needs a " + field;
  }

  static String noSuchAttribute(String where, long id) {
    return where + "The object has no Attribute with the id " + id;
  }

  static String noSuch(String what, String key) {
    return "No " + what + " has the id " + key;
  }
}
