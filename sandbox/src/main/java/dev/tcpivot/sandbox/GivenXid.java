package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.spec.ObjectType;

/**
 * An XID given where the tables list it among the read-only fields of a response (a Case's): the
 * docs neither list it among the fields of a create nor say a create refuses it
 * (v3/case_management/cases/fields.rst, create.rst L76-79), so a create may give one, and the
 * object keeps it instead of a new one.
 */
final class GivenXid {
  static final String FIELD = "xid";

  private GivenXid() {}

  static boolean acceptedOnCreate(SpecView view, ObjectType endpoint, String name, JsonNode value) {
    if (!FIELD.equals(name) || !view.readOnly(endpoint, FIELD)) {
      return false;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw ApiException.badRequest(Messages.badValue(FIELD, "must be a string", value));
    }
    return true;
  }
}
