package dev.tcpivot.processor.client;

import dev.tcpivot.processor.sdk.Factories;
import dev.tcpivot.processor.sdk.Naming;
import dev.tcpivot.spec.AssociationRule;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.Catalog;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.PathKey;
import dev.tcpivot.spec.Requirement;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** Checks one {@code @Associate} parameter against the association table. */
final class AssociationValidator {
  private final Spec spec;
  private final Annotations annotations;
  private final TypeShapes shapes;
  private final String sdkPackage;
  private final Optional<Spec> sdkSpec;

  /**
   * @param sdkSpec the tables the SDK was generated from, when they are not {@code spec}: an
   *     association must then be one the SDK has a setter for, too
   */
  AssociationValidator(
      Spec spec, Annotations annotations, TypeShapes shapes, String sdkPackage, Optional<Spec> sdkSpec) {
    this.spec = spec;
    this.annotations = annotations;
    this.shapes = shapes;
    this.sdkPackage = sdkPackage;
    this.sdkSpec = sdkSpec;
  }

  /**
   * @param parentType the type of the object the method creates or updates, when the method says
   * @param seen association fields already given, by the parameter that gave them
   */
  Optional<ClientModel.Association> validate(
      VariableElement parameter,
      AnnotationMirror mirror,
      ObjectType endpoint,
      ClientModel.Operation operation,
      Optional<String> parentType,
      Map<String, String> seen,
      Report report) {
    int before = report.errors();
    String targetName = annotations.string(mirror, "value");
    Optional<ObjectType> found = spec.object(targetName);
    if (found.isEmpty()) {
      report.error(parameter, mirror, annotations.written(mirror, "value"),
          Messages.unknownObjectType(targetName, names(spec.objects())));
      return Optional.empty();
    }
    ObjectType target = found.get();
    AssociationRule rule = spec.rule(endpoint);
    if (!rule.allows(target)) {
      report.error(parameter, mirror, annotations.written(mirror, "value"),
          Messages.cannotAssociate(endpoint.endpoint(), target.name(), names(rule.targets())));
      return Optional.empty();
    }
    if (sdkSpec.isPresent() && !inSdk(sdkSpec.get(), endpoint, target)) {
      report.error(parameter, mirror, annotations.written(mirror, "value"),
          Messages.notInSdk(endpoint.endpoint(), target.name(), sdkPackage));
      return Optional.empty();
    }
    String field = target.associationField().orElseThrow();
    String mode = annotations.enumConstant(mirror, "mode");
    if (operation == ClientModel.Operation.CREATE && !mode.equals("APPEND")) {
      report.error(parameter, mirror, annotations.written(mirror, "mode"), Messages.modeOnCreate(mode));
      mode = "APPEND"; // the mode is refused: check the rest as a POST sends it, without one
    }
    String first = seen.putIfAbsent(field, parameter.getSimpleName().toString());
    if (first != null) {
      report.error(parameter, mirror, null, Messages.twoBlocks(field, first));
    }
    String type = annotations.string(mirror, "type");
    Catalog catalog = spec.catalog(target);
    if (!type.isEmpty() && !catalog.types().contains(type)) {
      report.error(parameter, mirror, annotations.written(mirror, "type"),
          Messages.unknownType(target.singular(), type, catalog.types()));
      return Optional.empty();
    }
    Optional<TypeShapes.Unwrapped> unwrapped = shapes.unwrap(parameter.asType());
    String model = Naming.model(target);
    if (unwrapped.isEmpty()) {
      report.error(parameter, Messages.wrongAssociateType(TypeShapes.display(parameter.asType()), model));
      return Optional.empty();
    }
    TypeMirror item = unwrapped.get().item();
    ClientModel.Item kind;
    Optional<String> summaryField = Optional.empty();
    String refFactory = Naming.ref(target);
    if (shapes.isLong(item)) {
      kind = ClientModel.Item.ID;
    } else if (shapes.isString(item)) {
      kind = ClientModel.Item.SUMMARY;
      summaryField = summaryField(parameter, mirror, target, type, catalog, report);
      if (mode.equals("DELETE")) {
        report.error(parameter, mirror, annotations.written(mirror, "mode"), Messages.deleteNeedsIds(refFactory));
      }
    } else if (shapes.refTarget(item).isPresent()) {
      kind = ClientModel.Item.REF;
      String actual = shapes.refTarget(item).get();
      if (!actual.equals(sdkPackage + "." + model)) {
        report.error(parameter, mirror, annotations.written(mirror, "value"),
            Messages.refOfWrongType(target.name(), model, TypeShapes.simpleName(actual)));
      } else if (!rule.crossOwner() && !shapes.isA(item, TypeShapes.SAME_OWNER_REF)) {
        report.error(parameter, Messages.notCrossOwnerRef(endpoint.endpoint(), "SameOwnerRef<" + model + ">"));
      } else if (mode.equals("DELETE") && !shapes.isA(item, TypeShapes.ID_REF)) {
        report.error(parameter, mirror, annotations.written(mirror, "mode"), Messages.deleteNeedsIds(refFactory));
      }
    } else {
      report.error(parameter, Messages.wrongAssociateType(TypeShapes.display(parameter.asType()), model));
      return Optional.empty();
    }
    String ownerName = annotations.string(mirror, "ownerName");
    if (!ownerName.isEmpty()) {
      AnnotationValue written = annotations.written(mirror, "ownerName");
      if (!rule.crossOwner()) {
        report.error(parameter, mirror, written, Messages.notCrossOwnerOwnerName(endpoint.endpoint()));
      } else if (kind != ClientModel.Item.SUMMARY) {
        report.error(parameter, mirror, written, Messages.ownerNameWithoutSummaries());
      }
    }
    checkIndicatorDirection(parameter, mirror, endpoint, target, parentType, type, report);
    if (report.errors() != before) {
      return Optional.empty();
    }
    return Optional.of(
        new ClientModel.Association(
            parameter, target, field, mode, unwrapped.get().shape(), kind,
            Optional.of(type).filter(t -> !t.isEmpty()),
            summaryField,
            Optional.of(ownerName).filter(o -> !o.isEmpty())));
  }

  /** The one field that names an object of this type by summary, or an error. */
  private Optional<String> summaryField(
      VariableElement parameter, AnnotationMirror mirror, ObjectType target, String type, Catalog catalog,
      Report report) {
    if (!target.pathKeys().contains(PathKey.SUMMARY)) {
      report.error(parameter, Messages.summaryNotAllowed(target.name()));
      return Optional.empty();
    }
    if (type.isEmpty()) {
      report.error(parameter, mirror, null, Messages.summaryNeedsType(target.name()));
      return Optional.empty();
    }
    List<String> fields = new ArrayList<>();
    boolean group = false;
    for (BodyField field : catalog.summaryFields(type)) {
      fields.add(field.name());
      group |= field.requirement().kind() == Requirement.Kind.ONE_OF;
    }
    if (fields.size() != 1 || group) {
      List<String> factories = Factories.of(catalog, type);
      report.error(parameter, mirror, annotations.written(mirror, "type"),
          Messages.severalSummaryFields(type, fields, Naming.ref(target) + "." + factories.get(0)));
      return Optional.empty();
    }
    return Optional.of(fields.get(0));
  }

  private void checkIndicatorDirection(
      VariableElement parameter, AnnotationMirror mirror, ObjectType endpoint, ObjectType target,
      Optional<String> parentType, String childType, Report report) {
    Optional<ObjectType> indicators = spec.objectAt("indicators");
    if (parentType.isEmpty() || childType.isEmpty() || indicators.isEmpty()
        || !endpoint.equals(indicators.get()) || !target.equals(indicators.get())) {
      return;
    }
    if (!spec.indicatorAssociationAllowed(parentType.get(), childType)) {
      List<String> children = new ArrayList<>();
      spec.indicatorAssociations().stream()
          .filter(a -> a.primary().equals(parentType.get()))
          .forEach(a -> a.nonPrimary().stream().filter(c -> !children.contains(c)).forEach(children::add));
      report.warning(parameter, mirror, annotations.written(mirror, "type"),
          Messages.indicatorDirection(parentType.get(), childType, children));
    }
  }

  private static boolean inSdk(Spec sdk, ObjectType endpoint, ObjectType target) {
    Optional<ObjectType> sdkEndpoint = sdk.objectAt(endpoint.endpoint());
    Optional<ObjectType> sdkTarget = sdk.object(target.name());
    return sdkEndpoint.isPresent() && sdkTarget.isPresent() && sdk.rule(sdkEndpoint.get()).allows(sdkTarget.get());
  }

  static List<String> names(List<ObjectType> objects) {
    List<String> names = new ArrayList<>();
    for (ObjectType object : objects) {
      names.add(object.name());
    }
    return names;
  }
}
