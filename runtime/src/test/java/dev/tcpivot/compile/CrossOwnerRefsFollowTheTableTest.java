package dev.tcpivot.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A ref that names another owner ({@code .ownerName(...)}, {@code .ownerId(...)}) compiles only on
 * endpoints whose documented row supports cross-owner associations: every endpoint × every way of
 * passing refs to {@code associatedGroups} (Groups, the one target every row lists).
 */
class CrossOwnerRefsFollowTheTableTest {
  private static final String OTHER_OWNER_REF_TYPE = "dev.tcpivot.Ref<dev.tcpivot.v3.Group>";
  private static final String SAME_OWNER_REF_TYPE = "dev.tcpivot.SameOwnerRef<dev.tcpivot.v3.Group>";

  /** How a body is given its Groups: its builder, the argument and javac's type for the argument. */
  private enum Form {
    POST_REFS("POST, refs", true, "%s", OTHER_OWNER_REF_TYPE),
    POST_LIST("POST, a list of refs", true, "List.of(%s)", "java.util.List<" + OTHER_OWNER_REF_TYPE + ">"),
    PUT_REFS("PUT, refs", false, "%s", OTHER_OWNER_REF_TYPE),
    PUT_LIST("PUT, a list of refs", false, "List.of(%s)", "java.util.List<" + OTHER_OWNER_REF_TYPE + ">"),
    PUT_BLOCK(
        "PUT, a block", false, "Associations.replace(%s)", "dev.tcpivot.Block<" + OTHER_OWNER_REF_TYPE + ">");

    final String description;
    final boolean create;
    final String argument;
    final String argumentType;

    Form(String description, boolean create, String argument, String argumentType) {
      this.description = description;
      this.create = create;
      this.argument = argument;
      this.argumentType = argumentType;
    }
  }

  private static final List<String> OTHER_OWNER_REFS =
      List.of(
          "NewGroup.adversary(\"Bad Guy\").ownerName(\"Demo Source\")",
          "NewGroup.adversary(\"Bad Guy\").ownerId(2)");

  @TestFactory
  Stream<DynamicTest> refsNamingAnotherOwner() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint endpoint : Endpoint.values()) {
      for (Form form : Form.values()) {
        for (String ref : OTHER_OWNER_REFS) {
          Snippet snippet = snippet(endpoint, form, ref);
          String name = endpoint.path() + " (" + form.description + "): " + ref;
          if (DocumentedAssociations.crossOwner(endpoint)) {
            tests.add(DynamicTest.dynamicTest(name + " compiles", snippet::compiles));
          } else {
            tests.add(
                DynamicTest.dynamicTest(
                    name + " is refused",
                    () ->
                        snippet.isRefusedWith(
                            "no suitable method found for associatedGroups(" + form.argumentType + ")",
                            SAME_OWNER_REF_TYPE)));
          }
        }
      }
    }
    return tests.stream();
  }

  /** The same new Group without an owner is fine everywhere: the refusal is about the owner. */
  @TestFactory
  Stream<DynamicTest> refsInTheRequestOwner() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint endpoint : Endpoint.values()) {
      for (Form form : Form.values()) {
        Snippet snippet = snippet(endpoint, form, "NewGroup.adversary(\"Bad Guy\")");
        tests.add(
            DynamicTest.dynamicTest(
                endpoint.path() + " (" + form.description + "): a new Group in the request's owner compiles",
                snippet::compiles));
      }
    }
    return tests.stream();
  }

  private static Snippet snippet(Endpoint endpoint, Form form, String ref) {
    String body = form.create ? endpoint.createClass() : endpoint.updateClass();
    String builder = form.create ? endpoint.createBuilder() : endpoint.updateBuilder();
    return Snippet.of(
        body + " body = " + builder,
        "    " + Snippet.MARK + ".associatedGroups(" + String.format(form.argument, ref) + ")",
        "    .build();");
  }
}
