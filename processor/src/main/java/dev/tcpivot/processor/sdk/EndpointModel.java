package dev.tcpivot.processor.sdk;

import com.palantir.javapoet.ClassName;
import dev.tcpivot.spec.AssociationRule;
import dev.tcpivot.spec.Catalog;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.PathKey;
import dev.tcpivot.spec.QueryType;
import dev.tcpivot.spec.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the writers need to know about one endpoint, with Java names resolved: the validated
 * intermediate model between the tables and the generated classes.
 */
final class EndpointModel {
  /** An association setter: a target type of the endpoint's row. */
  record Association(
      ObjectType target, String wireField, ClassName targetModel, boolean crossOwner) {}

  /** A metadata setter: tags, security labels or attributes. */
  record MetadataField(String wireField, ClassName item) {}

  final ObjectType object;
  final Catalog catalog;
  final AssociationRule rule;
  final String sdkPackage;
  final ClassName facade;
  /** Its asynchronous twin, over the same Retrofit interface. */
  final ClassName asyncFacade;
  final ClassName model;
  final ClassName create;
  final ClassName update;
  final ClassName field;
  final ClassName ref;
  final ClassName newObject;
  /** The Retrofit interface, nested in the facade. */
  final ClassName api;
  final List<Factory> factories;
  final List<Setter> createSetters;
  final List<Setter> updateSetters;
  /** Body fields the tables do not describe further, sent as JSON-ready data. */
  final List<String> createJsonFields;
  final List<String> updateJsonFields;
  final List<Association> associations;
  final List<MetadataField> metadata;
  final List<String> fieldsParams;
  final Optional<String> ownerIdField;
  final Optional<String> ownerNameField;
  final boolean associationTarget;
  /** The TQL query type of the endpoint, if tql.table has one. */
  final Optional<QueryType> queryType;
  /** Its query class, e.g. {@code IndicatorQuery}. */
  final Optional<ClassName> query;

  EndpointModel(Spec spec, ObjectType object, String sdkPackage, ValueTypes values) {
    this.object = object;
    this.catalog = spec.catalog(object);
    this.rule = spec.rule(object);
    this.sdkPackage = sdkPackage;
    this.facade = ClassName.get(sdkPackage, Naming.facade(object));
    this.asyncFacade = ClassName.get(sdkPackage, Naming.asyncFacade(object));
    this.model = ClassName.get(sdkPackage, Naming.model(object));
    this.create = ClassName.get(sdkPackage, Naming.create(object));
    this.update = ClassName.get(sdkPackage, Naming.update(object));
    this.field = ClassName.get(sdkPackage, Naming.field(object));
    this.ref = ClassName.get(sdkPackage, Naming.ref(object));
    this.newObject = ClassName.get(sdkPackage, Naming.newObject(object));
    this.api = facade.nestedClass("Api");
    this.factories = Factory.of(catalog);
    this.createSetters = Setter.forCreate(catalog, values);
    this.updateSetters = Setter.forUpdate(catalog, values);
    this.createJsonFields = jsonFields(catalog, false);
    this.updateJsonFields = jsonFields(catalog, true);
    this.associations = new ArrayList<>();
    for (ObjectType target : rule.targets()) {
      associations.add(
          new Association(
              target,
              target.associationField().orElseThrow(),
              ClassName.get(sdkPackage, Naming.model(target)),
              rule.crossOwner()));
    }
    this.metadata = new ArrayList<>();
    for (String name : spec.metadata(object)) {
      RuntimeTypes.metadataItem(name).ifPresent(item -> metadata.add(new MetadataField(name, item)));
    }
    this.fieldsParams = spec.fieldsParams(object);
    this.ownerIdField = Setter.ownerField(catalog, dev.tcpivot.spec.ValueKind.OWNER_ID);
    this.ownerNameField = Setter.ownerField(catalog, dev.tcpivot.spec.ValueKind.OWNER_NAME);
    this.associationTarget = object.associationField().isPresent();
    this.queryType = spec.queryType(object);
    this.query = queryType.map(type -> ClassName.get(sdkPackage, Naming.query(type)));
  }

  private static List<String> jsonFields(Catalog catalog, boolean update) {
    List<String> names = new ArrayList<>();
    for (dev.tcpivot.spec.BodyField field : catalog.body()) {
      if (field.value().kind() == dev.tcpivot.spec.ValueKind.OBJECT
          && (!update || field.updatable())
          && !names.contains(field.name())) {
        names.add(field.name());
      }
    }
    return names;
  }

  /** The types of a typed endpoint that have fields of their own among {@code setters}. */
  List<String> typesWithOwnFields(List<Setter> setters) {
    List<String> types = new ArrayList<>();
    for (String type : catalog.types()) {
      if (!Setter.only(setters, type).isEmpty()) {
        types.add(type);
      }
    }
    return types;
  }

  /** Whether a path may name an object by its summary (Indicators). */
  boolean summaryKey() {
    return object.pathKeys().contains(PathKey.SUMMARY);
  }

  /** The endpoint path relative to the API root, e.g. {@code v3/indicators}. */
  String path() {
    return object.endpoint().substring(1);
  }
}
