package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.QueryType;
import dev.tcpivot.spec.TqlKeyword;
import dev.tcpivot.spec.ValueFormat;
import java.util.List;

/**
 * Every message the sandbox sends in an error envelope. Each names the offending thing, states the
 * rule and, where there is a choice, lists the valid values. The authentication messages are the
 * docs' own (other/common_errors.rst); none of them repeats a credential.
 */
final class Messages {
  private Messages() {}

  // Authentication (other/common_errors.rst).
  static final String UNAUTHORIZED = "Unauthorized";
  static final String MISSING_CREDENTIALS = "Unauthorized: the request has no Authorization header";
  static final String UNKNOWN_SCHEME =
      "Unauthorized: the Authorization header must be 'TC <access id>:<signature>' or 'TC-Token"
          + " <token>'";
  static final String MISSING_TIMESTAMP =
      "Unauthorized: HMAC authentication needs a Timestamp header (Unix epoch seconds)";
  static final String ACCESS_DENIED = "Access Denied";
  static final String SIGNATURE_MISMATCH = "Signature Data Did Not Match Expected Result";
  static final String TIMESTAMP_OUT_OF_RANGE = "Timestamp Out of Acceptable Time Range";

  // Bodies.
  static final String EMPTY_BODY = "The request body is empty; it must be a JSON object";
  static final String BODY_NOT_AN_OBJECT = "The request body must be a JSON object";
  static final String OWNER_CONFLICT = "ownerId and ownerName name different owners";

  // Associations.
  /** v3/indicators/associations.rst L226. */
  static final String I2I_REFUSED = "Association cannot be applied to the indicator types.";

  static final String DELETE_NEEDS_ID =
      "mode delete removes associations by id only (v3/associations.rst): name the object as"
          + " {\"id\": N}, not by type and summary or as a new object";
  static final String SELF_ASSOCIATION = "an object cannot be associated with itself";

  static String malformedJson(String detail) {
    return "Malformed JSON: " + detail;
  }

  static String entry(String field, int number) {
    return field + " entry " + number + ": ";
  }

  static String describe(Entity entity) {
    return entity.endpoint().singular() + " " + entity.id();
  }

  static String cannotAssociate(ObjectType endpoint, ObjectType target, String allowed) {
    return endpoint.endpoint()
        + " cannot associate "
        + target.name()
        + " (it can associate: "
        + allowed
        + ")";
  }

  static String crossOwner(ObjectType endpoint, Owner owner, String why) {
    return endpoint.endpoint()
        + " does not accept associations across owners: the "
        + endpoint.singular()
        + " is in "
        + owner.name()
        + ", but "
        + why;
  }

  static String badId(JsonNode id) {
    return "'id' must be a positive whole number, was " + id;
  }

  static String noSuchObject(ObjectType endpoint, long id) {
    return "No " + endpoint.singular() + " with id " + id;
  }

  static String noSuchParent(ParentLink link, String field, String value) {
    return field + " names no existing " + link.parent().singular() + ": " + value;
  }

  static String parentConflict(ParentLink link) {
    return link.idField()
        + " and "
        + link.xidField().orElse("xid")
        + " name different "
        + link.parent().name();
  }

  static String childOfAnother(Entity child, Entity parent) {
    return describe(child) + " belongs to another " + parent.endpoint().singular();
  }

  static String unknownOwner(String owner) {
    return "Owner '" + owner + "' does not exist or is not accessible to the API user";
  }

  static String noSuchOwner(String id) {
    return "No owner with id " + id;
  }

  static String badValue(String field, String problem, JsonNode value) {
    return "'" + field + "' " + problem + " (was " + value + ")";
  }

  /**
   * A summary in a form the API refuses (other/common_errors.rst), in the words the SDK uses, e.g.
   * {@code hostName 'österreich.icom.museum' is not ASCII; ...}; {@code null} when accepted.
   */
  static String badFormat(ValueFormat format, String field, String value) {
    return format.message(field, value);
  }

  static String typeRequired(String singular, List<String> types) {
    return "'type' is required to create "
        + article(singular)
        + " "
        + singular
        + " (types: "
        + String.join(", ", types)
        + ")";
  }

  static String unknownType(String singular, JsonNode type, List<String> types) {
    return type
        + " is not "
        + article(singular)
        + " "
        + singular
        + " type (types: "
        + String.join(", ", types)
        + ")";
  }

  static String required(String field, String singular, String type) {
    return "'" + field + "' is required to create " + kind(singular, type);
  }

  static String oneOfRequired(List<String> fields, String singular, String type) {
    return "one of " + String.join(", ", fields) + " is required to create " + kind(singular, type);
  }

  static String notUpdatable(ObjectType endpoint, String field) {
    return "'"
        + field
        + "' cannot be changed by a PUT to "
        + endpoint.endpoint()
        + " (it is not updatable)";
  }

  static String notForType(String field, String type, ObjectType endpoint) {
    return "'" + field + "' does not apply to " + type + " " + endpoint.name();
  }

  static String cannotClear(String field) {
    return "'" + field + "' is required, so a PUT cannot set it to null";
  }

  static String readOnly(ObjectType endpoint, String field) {
    return "'" + field + "' is read-only on " + endpoint.endpoint();
  }

  static String unknownField(ObjectType endpoint, String field) {
    return "Unknown field '" + field + "' for " + endpoint.endpoint();
  }

  static String notABlock(String field) {
    return "'" + field + "' must be an object like {\"data\": [...]}";
  }

  static String unknownBlockKey(String field, String key) {
    return "'" + field + "' takes only data and mode, not '" + key + "'";
  }

  static String entryNotAnObject(String field, int number) {
    return field + " entry " + number + " must be an object";
  }

  static String modeOnCreate(String field) {
    return "'mode' in "
        + field
        + " applies to updates of existing objects; an object being created"
        + " takes the entries only";
  }

  static String modeNotSupported(String field) {
    return "'" + field + "' takes no mode: the listed items are added";
  }

  static String unknownMode(String field, JsonNode mode) {
    return "Unknown mode " + mode + " in " + field + " (modes: " + Mode.names() + ")";
  }

  static String unknownFieldsValue(String value, ObjectType endpoint, List<String> accepted) {
    return "Unknown fields value '"
        + value
        + "' for "
        + endpoint.endpoint()
        + " (accepted: "
        + String.join(", ", accepted)
        + ")";
  }

  static String limitTooLarge(int limit, int max) {
    return "resultLimit must not exceed " + max + " (was " + limit + ")";
  }

  static String limitTooSmall(int limit) {
    return "resultLimit must be at least 1 (was " + limit + ")";
  }

  static String notANumber(String parameter, String value) {
    return parameter + " must be a whole number of 0 or more (was '" + value + "')";
  }

  /** A refused TQL query: where (the character, counted from 1, and the token) and what. */
  static String tql(TqlToken token, String problem) {
    String where =
        token.kind() == TqlToken.Kind.END
            ? "at the end of the query"
            : "at character " + token.position() + " (" + token.shown() + ")";
    return "Invalid TQL " + where + ": " + problem;
  }

  static String notATqlKeyword(String word, QueryType type) {
    return "'"
        + word
        + "' is not a TQL keyword of "
        + type.endpoint()
        + " (OPTIONS "
        + type.endpoint()
        + "/tql lists them)";
  }

  static String nestedNeedsQuery(TqlKeyword keyword, QueryType target) {
    return keyword.name()
        + " is a nested query: write "
        + keyword.name()
        + "(<query over "
        + target.endpoint()
        + ">)";
  }

  static String operatorNotForType(TqlKeyword keyword, String operator, String operators) {
    return keyword.name()
        + " is "
        + typed(keyword)
        + " keyword and does not take "
        + operator
        + " (it takes "
        + operators
        + ")";
  }

  static String wrongTqlValue(TqlKeyword keyword, String expected, String found) {
    return keyword.name()
        + " is "
        + typed(keyword)
        + " keyword: expected "
        + expected
        + ", not "
        + found;
  }

  private static String typed(TqlKeyword keyword) {
    String type = keyword.type().tableName();
    return article(type) + " " + type;
  }

  static String noSuchPath(String path) {
    return "No such path: " + path;
  }

  static String methodNotAllowed(String method, String path, String allowed) {
    return method + " is not allowed on " + path + " (allowed: " + allowed + ")";
  }

  static String noSuchSummary(ObjectType endpoint, String summary, Owner owner) {
    return "No " + endpoint.singular() + " with summary '" + summary + "' in " + owner.name();
  }

  static String xidNeedsOwner(ObjectType endpoint, String xid) {
    return "'" + xid + "' is not an id; to name " + article(endpoint.singular()) + " " + endpoint.singular()
        + " by XID, add the owner query parameter";
  }

  static String noSuchXid(ObjectType endpoint, String xid, Owner owner) {
    return "No " + endpoint.singular() + " with XID '" + xid + "' in " + owner.name();
  }

  static String notAnId(ObjectType endpoint, String key) {
    return "No "
        + endpoint.singular()
        + " with id '"
        + key
        + "' ("
        + endpoint.endpoint()
        + " names objects by numeric id)";
  }

  static String internalError(RuntimeException e) {
    return "Internal error in the sandbox: " + e.getClass().getSimpleName();
  }

  private static String kind(String singular, String type) {
    return type == null
        ? article(singular) + " " + singular
        : article(type) + " " + type + " " + singular;
  }

  private static String article(String word) {
    return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }
}
