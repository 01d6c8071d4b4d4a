package dev.tcpivot.processor.client;

import dev.tcpivot.processor.sdk.Naming;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.PathKey;
import dev.tcpivot.spec.Spec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks one method of a client interface: its operation and endpoint, its return type, the role of
 * each parameter, and what it asks the response to include. Every problem is reported once, on the
 * method, parameter or annotation value at fault; a broken method yields no model.
 */
final class MethodValidator {
  private static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";
  private static final String FUTURE = "java.util.concurrent.Future";
  private static final String COMPLETION_STAGE = "java.util.concurrent.CompletionStage";
  private static final String ASYNC_PAGED = "dev.tcpivot.AsyncPaged";

  private final Spec spec;
  private final Annotations annotations;
  private final TypeShapes shapes;
  private final String sdkPackage;
  private final AssociationValidator associations;

  MethodValidator(Spec spec, Annotations annotations, TypeShapes shapes, String sdkPackage, Optional<Spec> sdkSpec) {
    this.spec = spec;
    this.annotations = annotations;
    this.shapes = shapes;
    this.sdkPackage = sdkPackage;
    this.associations = new AssociationValidator(spec, annotations, shapes, sdkPackage, sdkSpec);
  }

  Optional<ClientModel.Method> validate(ExecutableElement method, Report report) {
    int before = report.errors();
    String name = method.getSimpleName().toString();
    List<String> found = new ArrayList<>();
    for (String operation : Annotations.OPERATIONS) {
      annotations.find(method, operation).ifPresent(m -> found.add(operation));
    }
    if (found.isEmpty()) {
      report.error(method, Messages.noOperation(name));
      return Optional.empty();
    }
    if (found.size() > 1) {
      report.error(method, Messages.twoOperations(name, found.get(0), found.get(1)));
      return Optional.empty();
    }
    if (!method.getTypeParameters().isEmpty()) {
      // Its return and parameter types may be type variables: checking them would repeat this error.
      report.error(method, Messages.genericMethod(name));
      return Optional.empty();
    }
    ClientModel.Operation operation = ClientModel.Operation.of(found.get(0));
    AnnotationMirror mirror = annotations.find(method, operation.annotation).orElseThrow();
    String endpointName = annotations.string(mirror, "value");
    Optional<ObjectType> endpoint = spec.objectAt(endpointName);
    if (endpoint.isEmpty()) {
      report.error(method, mirror, annotations.written(mirror, "value"),
          Messages.unknownEndpoint(endpointName, endpoints()));
      return Optional.empty();
    }
    Optional<String> objectType = objectType(method, mirror, operation, endpoint.get(), report);
    Optional<ClientModel.Returns> returns = returns(method, operation, endpoint.get(), report);
    Parameters parameters = parameters(method, operation, endpoint.get(), objectType, report);
    List<String> includes = includes(method, operation, endpoint.get(), report);
    if (report.errors() != before || returns.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ClientModel.Method(
            method, operation, endpoint.get(), returns.get(), asynchronous(method.getReturnType()),
            parameters.key, parameters.body,
            parameters.associations, parameters.owner, parameters.tql, includes));
  }

  private Optional<String> objectType(
      ExecutableElement method, AnnotationMirror mirror, ClientModel.Operation operation,
      ObjectType endpoint, Report report) {
    if (operation != ClientModel.Operation.CREATE && operation != ClientModel.Operation.UPDATE) {
      return Optional.empty();
    }
    String type = annotations.string(mirror, "type");
    if (type.isEmpty()) {
      return Optional.empty();
    }
    List<String> types = spec.catalog(endpoint).types();
    if (!types.contains(type)) {
      report.error(method, mirror, annotations.written(mirror, "type"),
          Messages.unknownType(endpoint.singular(), type, types));
      return Optional.empty();
    }
    return Optional.of(type);
  }

  private Optional<ClientModel.Returns> returns(
      ExecutableElement method, ClientModel.Operation operation, ObjectType endpoint, Report report) {
    String model = sdkPackage + "." + Naming.model(endpoint);
    if (shapes.type(model).isEmpty()) {
      report.error(method, Messages.runtimeMissing(model));
      return Optional.empty();
    }
    TypeMirror type = method.getReturnType();
    String simple = Naming.model(endpoint);
    if (asynchronous(type) || shapes.isA(type, FUTURE) || shapes.isA(type, COMPLETION_STAGE)) {
      return asyncReturns(method, type, operation, endpoint, report);
    }
    boolean isVoid = type.getKind() == TypeKind.VOID;
    switch (operation) {
      case CREATE:
      case GET:
      case UPDATE:
        if (isVoid && operation != ClientModel.Operation.GET) {
          return Optional.of(ClientModel.Returns.VOID);
        }
        if (shapes.isExactly(type, model)) {
          return Optional.of(ClientModel.Returns.MODEL);
        }
        return wrong(method, type, endpoint, operation == ClientModel.Operation.GET ? simple : simple + " or void", report);
      case DELETE:
        return isVoid ? Optional.of(ClientModel.Returns.VOID) : wrong(method, type, endpoint, "nothing (void)", report);
      case GET_ALL:
        if (oneArgument(type, "dev.tcpivot.Paged", model)) {
          return Optional.of(ClientModel.Returns.PAGED);
        }
        if (oneArgument(type, "java.util.List", model)) {
          return Optional.of(ClientModel.Returns.LIST);
        }
        return wrong(method, type, endpoint, "Paged<" + simple + "> or List<" + simple + ">", report);
      default:
        if (oneArgument(type, "java.util.List", "dev.tcpivot.FieldInfo")) {
          return Optional.of(ClientModel.Returns.FIELD_INFOS);
        }
        return wrong(method, type, endpoint, "List<FieldInfo>", report);
    }
  }

  /**
   * The return of an asynchronous method: the future of what the blocking form may return
   * ({@code CompletableFuture<Void>} for nothing), and for lists {@code AsyncPaged<X>} or
   * {@code CompletableFuture<List<X>>}. Other kinds of future are refused: the implementation
   * hands out the SDK's own futures, whose cancelling cancels the request.
   */
  private Optional<ClientModel.Returns> asyncReturns(
      ExecutableElement method, TypeMirror type, ClientModel.Operation operation, ObjectType endpoint,
      Report report) {
    String model = sdkPackage + "." + Naming.model(endpoint);
    String expected = asyncExpected(operation, Naming.model(endpoint));
    if (!asynchronous(type)) {
      report.error(method, Messages.notCompletableFuture(TypeShapes.display(type), endpoint.endpoint(), expected));
      return Optional.empty();
    }
    if (shapes.isExactly(type, ASYNC_PAGED)) {
      if (operation == ClientModel.Operation.GET_ALL && oneArgument(type, ASYNC_PAGED, model)) {
        return Optional.of(ClientModel.Returns.PAGED);
      }
      return wrong(method, type, endpoint, expected, report);
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    if (arguments.size() != 1) {
      return wrong(method, type, endpoint, expected, report);
    }
    TypeMirror value = arguments.get(0);
    boolean isVoid = shapes.isExactly(value, "java.lang.Void");
    switch (operation) {
      case CREATE:
      case UPDATE:
        if (isVoid) {
          return Optional.of(ClientModel.Returns.VOID);
        }
        if (shapes.isExactly(value, model)) {
          return Optional.of(ClientModel.Returns.MODEL);
        }
        break;
      case GET:
        if (shapes.isExactly(value, model)) {
          return Optional.of(ClientModel.Returns.MODEL);
        }
        break;
      case DELETE:
        if (isVoid) {
          return Optional.of(ClientModel.Returns.VOID);
        }
        break;
      case GET_ALL:
        if (oneArgument(value, "java.util.List", model)) {
          return Optional.of(ClientModel.Returns.LIST);
        }
        break;
      default:
        if (oneArgument(value, "java.util.List", "dev.tcpivot.FieldInfo")) {
          return Optional.of(ClientModel.Returns.FIELD_INFOS);
        }
    }
    return wrong(method, type, endpoint, expected, report);
  }

  /** What an asynchronous method of the operation may return, as the error messages name it. */
  private static String asyncExpected(ClientModel.Operation operation, String simple) {
    switch (operation) {
      case CREATE:
      case UPDATE:
        return "CompletableFuture<" + simple + "> or CompletableFuture<Void>";
      case GET:
        return "CompletableFuture<" + simple + ">";
      case DELETE:
        return "nothing (CompletableFuture<Void>)";
      case GET_ALL:
        return "AsyncPaged<" + simple + "> or CompletableFuture<List<" + simple + ">>";
      default:
        return "CompletableFuture<List<FieldInfo>>";
    }
  }

  /** Whether the method answers without blocking: a CompletableFuture or an AsyncPaged. */
  private boolean asynchronous(TypeMirror type) {
    return shapes.isExactly(type, COMPLETABLE_FUTURE) || shapes.isExactly(type, ASYNC_PAGED);
  }

  private Optional<ClientModel.Returns> wrong(
      ExecutableElement method, TypeMirror actual, ObjectType endpoint, String expected, Report report) {
    report.error(method, Messages.wrongReturn(TypeShapes.display(actual), endpoint.endpoint(), expected));
    return Optional.empty();
  }

  private boolean oneArgument(TypeMirror type, String raw, String argument) {
    if (!shapes.isExactly(type, raw)) {
      return false;
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    return arguments.size() == 1 && shapes.isExactly(arguments.get(0), argument);
  }

  /** The parameters sorted by role. */
  private static final class Parameters {
    Optional<ClientModel.Key> key = Optional.empty();
    Optional<VariableElement> body = Optional.empty();
    Optional<VariableElement> owner = Optional.empty();
    Optional<ClientModel.Tql> tql = Optional.empty();
    final List<ClientModel.Association> associations = new ArrayList<>();
  }

  private Parameters parameters(
      ExecutableElement method, ClientModel.Operation operation, ObjectType endpoint,
      Optional<String> objectType, Report report) {
    Parameters result = new Parameters();
    Map<String, String> firstOfRole = new LinkedHashMap<>();
    Map<String, String> seenAssociations = new LinkedHashMap<>();
    boolean keyGiven = false;
    boolean associationGiven = false;
    boolean roleUnclear = false;
    for (VariableElement parameter : method.getParameters()) {
      String name = parameter.getSimpleName().toString();
      List<String> roles = new ArrayList<>();
      for (String role : Annotations.ROLES) {
        annotations.find(parameter, role).ifPresent(m -> roles.add(role));
      }
      if (roles.isEmpty()) {
        report.error(parameter, Messages.noRole(name));
        roleUnclear = true;
        continue;
      }
      if (roles.size() > 1) {
        report.error(parameter, Messages.twoRoles(name, roles.get(0), roles.get(1)));
        roleUnclear = true;
        continue;
      }
      String role = roles.get(0);
      AnnotationMirror mirror = annotations.find(parameter, role).orElseThrow();
      if (!role.equals("Associate")) {
        String first = firstOfRole.putIfAbsent(role, name);
        if (first != null) {
          report.error(parameter, mirror, null, Messages.secondRole(role, first));
          continue;
        }
      }
      switch (role) {
        case "Key":
          keyGiven = true;
          result.key = key(parameter, mirror, operation, endpoint, report);
          break;
        case "Body":
          result.body = body(parameter, mirror, operation, endpoint, report);
          break;
        case "Owner":
          if (operation == ClientModel.Operation.GET_FIELDS) {
            // OPTIONS /v3/{endpoint}/fields takes no owner: the parameter would be dropped.
            report.error(parameter, mirror, null, Messages.roleNotAllowed(
                "Owner", operation.annotation, "@Create, @Get, @GetAll, @Update and @Delete methods"));
          } else {
            result.owner = string(parameter, role, report);
          }
          break;
        case "Tql":
          if (operation != ClientModel.Operation.GET_ALL) {
            report.error(parameter, mirror, null, Messages.roleNotAllowed("Tql", operation.annotation, "@GetAll methods"));
          } else {
            result.tql = tql(parameter, endpoint, report);
          }
          break;
        default:
          associationGiven = true;
          if (operation != ClientModel.Operation.CREATE && operation != ClientModel.Operation.UPDATE) {
            report.error(parameter, mirror, null,
                Messages.roleNotAllowed("Associate", operation.annotation, "@Create and @Update methods"));
          } else {
            associations.validate(parameter, mirror, endpoint, operation, objectType, seenAssociations, report)
                .ifPresent(result.associations::add);
          }
      }
    }
    if (roleUnclear) {
      // The parameter without a clear role may be the missing key or body: one error is enough.
      return result;
    }
    boolean needsKey = operation == ClientModel.Operation.GET || operation == ClientModel.Operation.UPDATE
        || operation == ClientModel.Operation.DELETE;
    if (needsKey && !keyGiven) {
      report.error(method, Messages.missingKey(operation.annotation, keys(endpoint), endpoint.singular()));
    }
    if (operation == ClientModel.Operation.CREATE && !firstOfRole.containsKey("Body")) {
      report.error(method, Messages.missingBody(endpoint.endpoint(), Naming.create(endpoint)));
    }
    if (operation == ClientModel.Operation.UPDATE && !firstOfRole.containsKey("Body") && !associationGiven) {
      report.error(method, Messages.updateChangesNothing());
    }
    return result;
  }

  private Optional<ClientModel.Key> key(
      VariableElement parameter, AnnotationMirror mirror, ClientModel.Operation operation,
      ObjectType endpoint, Report report) {
    if (operation == ClientModel.Operation.CREATE || operation == ClientModel.Operation.GET_ALL
        || operation == ClientModel.Operation.GET_FIELDS) {
      report.error(parameter, mirror, null, Messages.keyNotAllowed(operation.annotation));
      return Optional.empty();
    }
    TypeMirror type = parameter.asType();
    if (shapes.isLong(type)) {
      return Optional.of(new ClientModel.Key(parameter, false));
    }
    if (shapes.isString(type) && endpoint.pathKeys().contains(PathKey.SUMMARY)) {
      return Optional.of(new ClientModel.Key(parameter, true));
    }
    report.error(parameter, Messages.wrongKeyType(endpoint.endpoint(), keyTypes(endpoint), TypeShapes.display(type)));
    return Optional.empty();
  }

  private Optional<VariableElement> body(
      VariableElement parameter, AnnotationMirror mirror, ClientModel.Operation operation,
      ObjectType endpoint, Report report) {
    String expected;
    if (operation == ClientModel.Operation.CREATE) {
      expected = Naming.create(endpoint);
    } else if (operation == ClientModel.Operation.UPDATE) {
      expected = Naming.update(endpoint);
    } else {
      report.error(parameter, mirror, null,
          Messages.roleNotAllowed("Body", operation.annotation, "@Create and @Update methods"));
      return Optional.empty();
    }
    if (!shapes.isExactly(parameter.asType(), sdkPackage + "." + expected)) {
      report.error(parameter,
          Messages.wrongBody(endpoint.endpoint(), expected, TypeShapes.display(parameter.asType())));
      return Optional.empty();
    }
    return Optional.of(parameter);
  }

  /** A TQL string, or the typed query of the endpoint; the query of another endpoint is named. */
  private Optional<ClientModel.Tql> tql(VariableElement parameter, ObjectType endpoint, Report report) {
    TypeMirror type = parameter.asType();
    if (shapes.isString(type)) {
      return Optional.of(new ClientModel.Tql(parameter, false));
    }
    Optional<String> expected = spec.queryType(endpoint).map(Naming::query);
    if (expected.isPresent() && shapes.isExactly(type, sdkPackage + "." + expected.get())) {
      return Optional.of(new ClientModel.Tql(parameter, true));
    }
    report.error(parameter, Messages.wrongQuery(endpoint.endpoint(), expected, TypeShapes.display(type)));
    return Optional.empty();
  }

  private Optional<VariableElement> string(VariableElement parameter, String role, Report report) {
    if (!shapes.isString(parameter.asType())) {
      report.error(parameter, Messages.wrongStringParameter(role, TypeShapes.display(parameter.asType())));
      return Optional.empty();
    }
    return Optional.of(parameter);
  }

  private List<String> includes(
      ExecutableElement method, ClientModel.Operation operation, ObjectType endpoint, Report report) {
    Optional<AnnotationMirror> mirror = annotations.find(method, "Include");
    if (mirror.isEmpty()) {
      return List.of();
    }
    if (operation == ClientModel.Operation.DELETE || operation == ClientModel.Operation.GET_FIELDS) {
      report.error(method, mirror.get(), null, Messages.includeWithoutResponse(operation.annotation));
      return List.of();
    }
    List<String> accepted = spec.fieldsParams(endpoint);
    List<String> includes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (AnnotationValue value : annotations.array(mirror.get(), "value")) {
      String field = (String) value.getValue();
      if (!accepted.contains(field)) {
        report.error(method, mirror.get(), value, Messages.notAField(field, endpoint.endpoint(), accepted));
      } else if (!seen.add(field)) {
        report.error(method, mirror.get(), value, Messages.includedTwice(field));
      } else {
        includes.add(field);
      }
    }
    return includes;
  }

  private List<String> endpoints() {
    List<String> endpoints = new ArrayList<>();
    for (ObjectType object : spec.objects()) {
      endpoints.add(object.endpoint());
    }
    return endpoints;
  }

  private static String keys(ObjectType endpoint) {
    return endpoint.pathKeys().contains(PathKey.SUMMARY) ? "id (long) or summary (String)" : "id (long)";
  }

  private static String keyTypes(ObjectType endpoint) {
    return endpoint.pathKeys().contains(PathKey.SUMMARY) ? "a long id or a String summary" : "a long id";
  }
}
