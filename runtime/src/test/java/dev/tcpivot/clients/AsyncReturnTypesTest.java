package dev.tcpivot.clients;

import static dev.tcpivot.clients.Client.MARK;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What an asynchronous method returns: the future of what its blocking form may return
 * ({@code CompletableFuture<Void>} for nothing), and for {@code @GetAll} {@code AsyncPaged<X>} or
 * {@code CompletableFuture<List<X>>}. Any other future is refused on the method, with what it may
 * return instead.
 */
class AsyncReturnTypesTest {
  private static final String FUTURE = "java.util.concurrent.CompletableFuture";

  @ParameterizedTest(name = "@{0}(\"groups\") returning {1} compiles")
  @CsvSource(
      delimiter = '|',
      value = {
        "Get       | CompletableFuture<Group>            | @Key long id",
        "Get       | CompletableFuture<Group>            | @Key long id, @Owner String owner",
        "Create    | CompletableFuture<Group>            | @Body GroupCreate body",
        "Create    | CompletableFuture<Void>             | @Body GroupCreate body",
        "Update    | CompletableFuture<Group>            | @Key long id, @Body GroupUpdate body",
        "Update    | CompletableFuture<Void>             | @Key long id, @Associate(\"Indicators\") long[] indicatorIds",
        "Delete    | CompletableFuture<Void>             | @Key long id",
        "GetAll    | AsyncPaged<Group>                   | @Tql String tql",
        "GetAll    | CompletableFuture<List<Group>>      | @Tql GroupQuery query",
        "GetAll    | CompletableFuture<List<Group>>      | ''",
        "GetFields | CompletableFuture<List<FieldInfo>>  | ''",
      })
  void theFutureOfTheDocumentedReturnTypeCompiles(String operation, String returns, String parameters) {
    Client.of("  @" + operation + "(\"groups\")", "  " + qualified(returns) + " call(" + parameters + ");").compiles();
  }

  @ParameterizedTest(name = "an Indicator by summary returning {0} compiles")
  @CsvSource({"CompletableFuture<Indicator>"})
  void anIndicatorBySummaryWithoutBlocking(String returns) {
    Client.of("  @Get(\"indicators\")", "  " + qualified(returns) + " call(@Key String summary);").compiles();
  }

  @ParameterizedTest(name = "@{0}(\"groups\") returning {1} is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "Get       | CompletableFuture<Indicator>          | @Key long id                         | CompletableFuture<Group>",
        "Get       | CompletableFuture<Void>               | @Key long id                         | CompletableFuture<Group>",
        "Get       | CompletableFuture<? extends Group>    | @Key long id                         | CompletableFuture<Group>",
        "Create    | CompletableFuture<Object>             | @Body GroupCreate body               | CompletableFuture<Group> or CompletableFuture<Void>",
        "Update    | CompletableFuture<List<Group>>        | @Key long id, @Body GroupUpdate body | CompletableFuture<Group> or CompletableFuture<Void>",
        "Delete    | CompletableFuture<Group>              | @Key long id                         | nothing (CompletableFuture<Void>)",
        "Delete    | AsyncPaged<Group>                     | @Key long id                         | nothing (CompletableFuture<Void>)",
        "GetAll    | CompletableFuture<Paged<Group>>       | ''                                   | AsyncPaged<Group> or CompletableFuture<List<Group>>",
        "GetAll    | CompletableFuture<List<Indicator>>    | ''                                   | AsyncPaged<Group> or CompletableFuture<List<Group>>",
        "GetAll    | AsyncPaged<Indicator>                 | ''                                   | AsyncPaged<Group> or CompletableFuture<List<Group>>",
        "GetAll    | CompletableFuture<Group>              | ''                                   | AsyncPaged<Group> or CompletableFuture<List<Group>>",
        "GetFields | CompletableFuture<List<String>>       | ''                                   | CompletableFuture<List<FieldInfo>>",
      })
  void aCompletableFutureOfAnotherTypeIsRefusedWithTheExpectedOne(
      String operation, String returns, String parameters, String expected) {
    Client.of(
            "  @" + operation + "(\"groups\")",
            "  " + qualified(returns) + " call( " + MARK,
            "      " + parameters + ");")
        .isRefusedWith("returns " + returns + ", but /v3/groups answers with " + expected);
  }

  @ParameterizedTest(name = "@{0}(\"groups\") returning {1} is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "Get       | java.util.concurrent.Future<Group>              | @Key long id           | CompletableFuture<Group>",
        "Get       | java.util.concurrent.CompletionStage<Group>     | @Key long id           | CompletableFuture<Group>",
        "Create    | java.util.concurrent.FutureTask<Group>          | @Body GroupCreate body | CompletableFuture<Group> or CompletableFuture<Void>",
        "Delete    | java.util.concurrent.Future<Void>               | @Key long id           | nothing (CompletableFuture<Void>)",
        "GetAll    | java.util.concurrent.CompletionStage<List<Group>> | ''                   | AsyncPaged<Group> or CompletableFuture<List<Group>>",
        "GetFields | java.util.concurrent.Future<List<FieldInfo>>    | ''                     | CompletableFuture<List<FieldInfo>>",
      })
  void anotherKindOfFutureIsRefusedWithACompletableFuture(
      String operation, String returns, String parameters, String expected) {
    Client.of(
            "  @" + operation + "(\"groups\")",
            "  " + returns + " call( " + MARK,
            "      " + parameters + ");")
        .isRefusedWith("returns " + returns.replace("java.util.concurrent.", "") + ", but an asynchronous method"
            + " returns a CompletableFuture (or an AsyncPaged): /v3/groups answers with " + expected);
  }

  @ParameterizedTest(name = "a raw {0} is refused")
  @CsvSource({"CompletableFuture"})
  void aRawCompletableFutureIsRefused(String returns) {
    Client.of(
            "  @Get(\"groups\")",
            "  @SuppressWarnings(\"rawtypes\")",
            "  " + qualified(returns) + " call(@Key long id); " + MARK)
        .isRefusedWith("returns CompletableFuture, but /v3/groups answers with CompletableFuture<Group>");
  }

  private static String qualified(String returns) {
    return returns.replace("CompletableFuture", FUTURE);
  }
}
