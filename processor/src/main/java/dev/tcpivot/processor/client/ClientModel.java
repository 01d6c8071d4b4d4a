package dev.tcpivot.processor.client;

import dev.tcpivot.spec.ObjectType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** A validated client interface: what each method sends and what it returns. */
record ClientModel(TypeElement type, List<ClientModel.Method> methods) {

  enum Operation {
    CREATE("Create"),
    GET("Get"),
    GET_ALL("GetAll"),
    UPDATE("Update"),
    DELETE("Delete"),
    GET_FIELDS("GetFields");

    final String annotation;

    Operation(String annotation) {
      this.annotation = annotation;
    }

    static Operation of(String annotation) {
      for (Operation operation : values()) {
        if (operation.annotation.equals(annotation)) {
          return operation;
        }
      }
      throw new IllegalArgumentException(annotation);
    }
  }

  /**
   * What a method's Java return type asks of the response; an asynchronous method (a
   * {@code CompletableFuture} or an {@code AsyncPaged}) asks the same of its future.
   */
  enum Returns {
    VOID,
    MODEL,
    PAGED,
    LIST,
    FIELD_INFOS
  }

  /** How a parameter holds its values. */
  enum Shape {
    ONE,
    ARRAY,
    COLLECTION
  }

  /** What each value of an @Associate parameter is. */
  enum Item {
    ID,
    SUMMARY,
    REF
  }

  record Key(VariableElement parameter, boolean summary) {}

  /** A {@code @Tql} parameter: a TQL string, or the endpoint's typed query when {@code query}. */
  record Tql(VariableElement parameter, boolean query) {}

  record Association(
      VariableElement parameter,
      ObjectType target,
      String field,
      String mode,
      Shape shape,
      Item item,
      Optional<String> summaryType,
      Optional<String> summaryField,
      Optional<String> ownerName) {}

  record Method(
      ExecutableElement element,
      Operation operation,
      ObjectType endpoint,
      Returns returns,
      boolean async,
      Optional<Key> key,
      Optional<VariableElement> body,
      List<Association> associations,
      Optional<VariableElement> owner,
      Optional<Tql> tql,
      List<String> includes) {}
}
