package dev.tcpivot.processor.client;

import java.util.List;
import java.util.Optional;

/**
 * Every diagnostic the client processor emits, in one place. Each names the offending thing,
 * states the rule, and lists the valid choices.
 */
final class Messages {
  private Messages() {}

  static String notAnInterface(String name, String kind) {
    return "@ThreatConnectClient goes on an interface; " + name + " is " + kind;
  }

  static String genericInterface(String name) {
    return "@ThreatConnectClient interface " + name + " cannot have type parameters";
  }

  static String hiddenInterface(String name, String privateType) {
    return "@ThreatConnectClient interface " + name + " must be visible to its generated implementation; "
        + privateType + " is private";
  }

  static String sealedInterface(String name) {
    return "@ThreatConnectClient interface " + name + " cannot be sealed: its generated implementation implements it";
  }

  static String noOperation(String method) {
    return method + " needs one operation annotation: @Create, @Get, @GetAll, @Update, @Delete or @GetFields";
  }

  static String twoOperations(String method, String first, String second) {
    return method + " has both @" + first + " and @" + second + "; give it one operation";
  }

  static String genericMethod(String method) {
    return method + " cannot have type parameters";
  }

  static String unknownEndpoint(String endpoint, List<String> endpoints) {
    return "unknown endpoint '" + endpoint + "' (endpoints: " + String.join(", ", endpoints) + ")";
  }

  static String unknownObjectType(String name, List<String> names) {
    return "unknown object type '" + name + "' (object types: " + String.join(", ", names) + ")";
  }

  static String unknownType(String singular, String type, List<String> types) {
    return types.isEmpty()
        ? "the tables list no types for " + singular + "s, so type = \""
            + type + "\" cannot be checked; leave it out"
        : "unknown " + singular + " type '" + type + "' (types: " + String.join(", ", types) + ")";
  }

  static String cannotAssociate(String endpoint, String target, List<String> allowed) {
    return endpoint + " cannot associate " + target + " (it can associate: " + String.join(", ", allowed) + ")";
  }

  static String notInSdk(String endpoint, String target, String sdkPackage) {
    return endpoint + " can associate " + target + " only by the tables of -A" + "tcpivot.tables, and the SDK"
        + " in " + sdkPackage + " was generated from the built-in ones: annotate a package of this module"
        + " with @ThreatConnectSdk to generate the SDK from the same tables, and use its types";
  }

  static String twoSdks(String client, java.util.Collection<String> packages) {
    return client + " uses the types of more than one SDK (" + String.join(", ", packages)
        + "); its methods must all use one";
  }

  static String notCrossOwnerOwnerName(String endpoint) {
    return endpoint + " does not accept associations across owners; drop ownerName";
  }

  static String notCrossOwnerRef(String endpoint, String sameOwnerType) {
    return endpoint + " does not accept associations across owners; take " + sameOwnerType
        + " or ids, which cannot name another owner";
  }

  static String deleteNeedsIds(String refFactory) {
    return "delete needs ids: use " + refFactory + ".id(...) or long ids";
  }

  static String modeOnCreate(String mode) {
    return "a POST takes associations without a mode; drop mode = " + mode;
  }

  static String notAField(String value, String endpoint, List<String> fields) {
    return value + " is not a field of " + endpoint + " (fields: " + String.join(", ", fields) + ")";
  }

  static String includedTwice(String value) {
    return value + " is included twice";
  }

  static String includeWithoutResponse(String operation) {
    return "@" + operation + " returns no object to include fields in; drop @Include";
  }

  static String wrongReturn(String actual, String endpoint, String expected) {
    return "returns " + actual + ", but " + endpoint + " answers with " + expected;
  }

  static String notCompletableFuture(String actual, String endpoint, String expected) {
    return "returns " + actual + ", but an asynchronous method returns a CompletableFuture (or an AsyncPaged):"
        + " " + endpoint + " answers with " + expected;
  }

  static String missingKey(String operation, String keys, String singular) {
    return "@" + operation + " needs a @Key parameter: the " + keys + " of the " + singular;
  }

  static String keyNotAllowed(String operation) {
    return "@" + operation + " names no object in its path; drop @Key";
  }

  static String wrongKeyType(String endpoint, String keys, String actual) {
    return "a @Key of " + endpoint + " is " + keys + ", not " + actual;
  }

  static String secondRole(String role, String first) {
    return "a second @" + role + "; parameter " + first + " is the first";
  }

  static String twoBlocks(String field, String first) {
    return "two blocks for " + field + " (parameter " + first
        + " is the first); a request carries one block per association type";
  }

  static String missingBody(String endpoint, String bodyType) {
    return "@Create needs a @Body " + bodyType + " parameter: a POST to " + endpoint
        + " carries the new object's required fields";
  }

  static String wrongBody(String endpoint, String expected, String actual) {
    return "the @Body of this " + endpoint + " request is " + expected + ", not " + actual;
  }

  static String roleNotAllowed(String role, String operation, String which) {
    return "@" + operation + " takes no @" + role + "; only " + which + " do";
  }

  static String updateChangesNothing() {
    return "an @Update must change something: add a @Body or an @Associate parameter";
  }

  static String noRole(String parameter) {
    return "parameter " + parameter + " needs one role: @Key, @Body, @Associate, @Owner or @Tql";
  }

  static String twoRoles(String parameter, String first, String second) {
    return "parameter " + parameter + " has both @" + first + " and @" + second + "; give it one role";
  }

  static String wrongStringParameter(String role, String actual) {
    return "@" + role + " takes a String, not " + actual;
  }

  static String wrongQuery(String endpoint, Optional<String> expected, String actual) {
    return "@Tql parameter of a " + endpoint + " method must be "
        + expected.map(query -> article(query) + " " + query + " or a String")
            .orElse("a String (" + endpoint + " has no TQL query type)")
        + ", not " + actual;
  }

  /** "an IndicatorQuery", "a GroupQuery". */
  private static String article(String word) {
    return "AEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }

  static String wrongAssociateType(String actual, String model) {
    return "@Associate takes ids (long, long[], List<Long>), refs (Ref<" + model + ">, IdRef<" + model
        + ">[], List<IdRef<" + model + ">>, ...) or, for Indicators, summaries (String, List<String>);"
        + " not " + actual;
  }

  static String refOfWrongType(String target, String expected, String actual) {
    return "@Associate(\"" + target + "\") takes refs to " + expected + ", not to " + actual;
  }

  static String summaryNeedsType(String target) {
    return "summaries need the type they are of: @Associate(value = \"" + target + "\", type = \"Host\")";
  }

  static String summaryNotAllowed(String target) {
    return target + " are named by id; a String cannot name one";
  }

  static String severalSummaryFields(String type, List<String> fields, String factory) {
    return "a " + type + " is named by several fields (" + String.join(", ", fields) + "); pass refs ("
        + factory + "(...)) instead of Strings";
  }

  static String ownerNameWithoutSummaries() {
    return "ownerName applies to summaries; ids name objects in any owner and refs name their own";
  }

  static String indicatorDirection(String parent, String child, List<String> children) {
    return child + " Indicators cannot be associated to " + parent + " Indicators by default ("
        + parent + " takes: " + (children.isEmpty() ? "none" : String.join(", ", children))
        + "); the instance refuses this unless a custom association allows it";
  }

  static String runtimeMissing(String type) {
    return "tcpivot-runtime must be on the compile classpath (" + type + " is missing)";
  }
}
