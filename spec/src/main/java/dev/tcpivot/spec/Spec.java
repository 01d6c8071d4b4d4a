package dev.tcpivot.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The loaded tables: object types, the association table, the metadata table, one catalog per
 * endpoint, enums, the default Indicator-to-Indicator associations and the TQL keywords. Everything that tcpivot
 * knows about which association is legal is read from here. Obtain one from {@link SpecLoader}.
 */
public final class Spec {
  private final List<ObjectType> objects;
  private final List<AssociationRule> associations;
  private final List<MetadataRule> metadata;
  private final Map<ObjectType, Catalog> catalogs;
  private final List<EnumType> enums;
  private final List<IndicatorAssociation> indicatorAssociations;
  private final List<QueryType> queryTypes;
  private final List<ArtifactType> artifactTypes;
  private final BatchRules batch;

  Spec(
      List<ObjectType> objects,
      List<AssociationRule> associations,
      List<MetadataRule> metadata,
      Map<ObjectType, Catalog> catalogs,
      List<EnumType> enums,
      List<IndicatorAssociation> indicatorAssociations,
      List<QueryType> queryTypes,
      List<ArtifactType> artifactTypes,
      BatchRules batch) {
    this.objects = List.copyOf(objects);
    this.associations = List.copyOf(associations);
    this.metadata = List.copyOf(metadata);
    this.catalogs = Map.copyOf(catalogs);
    this.enums = List.copyOf(enums);
    this.indicatorAssociations = List.copyOf(indicatorAssociations);
    this.queryTypes = List.copyOf(queryTypes);
    this.artifactTypes = List.copyOf(artifactTypes);
    this.batch = batch;
  }

  /** The V2 Batch API's rules (batch.table). */
  public BatchRules batch() {
    return batch;
  }

  /** The Artifact types whose intelType the docs give, in table order. */
  public List<ArtifactType> artifactTypes() {
    return artifactTypes;
  }

  /** The intelType of Artifacts of this type, where the docs give one. */
  public Optional<String> intelType(String artifactType) {
    return artifactTypes.stream()
        .filter(t -> t.name().equals(artifactType))
        .map(ArtifactType::intelType)
        .findFirst();
  }

  /** The object types in table order. */
  public List<ObjectType> objects() {
    return objects;
  }

  /** The object type with this plural name, e.g. {@code Victim Assets}. */
  public Optional<ObjectType> object(String name) {
    return objects.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /** The object type served at this endpoint, given as {@code /v3/victims} or {@code victims}. */
  public Optional<ObjectType> objectAt(String endpoint) {
    return objects.stream()
        .filter(o -> o.endpoint().equals(endpoint) || o.endpointName().equals(endpoint))
        .findFirst();
  }

  /** The object types that some endpoint can associate, in object table order. */
  public List<ObjectType> associationTargets() {
    List<ObjectType> targets = new ArrayList<>();
    for (ObjectType object : objects) {
      if (associations.stream().anyMatch(rule -> rule.allows(object))) {
        targets.add(object);
      }
    }
    return targets;
  }

  /** The rows of the association table, in table order. */
  public List<AssociationRule> associations() {
    return associations;
  }

  /** The association table's row for an endpoint. */
  public AssociationRule rule(ObjectType endpoint) {
    return associations.stream()
        .filter(rule -> rule.endpoint().equals(endpoint))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no association row for " + endpoint));
  }

  /** The rows of the metadata table, in table order. */
  public List<MetadataRule> metadataRules() {
    return metadata;
  }

  /** The non-association metadata that a PUT to the endpoint may change with a mode. */
  public List<String> metadata(ObjectType endpoint) {
    return metadata.stream()
        .filter(rule -> rule.endpoint().equals(endpoint))
        .findFirst()
        .map(MetadataRule::metadata)
        .orElse(List.of());
  }

  /**
   * Every field that a PUT to the endpoint may change with a {@code mode} block: its association
   * fields (from the association table) then its other metadata (from the metadata table).
   */
  public List<String> modeFields(ObjectType endpoint) {
    List<String> fields = new ArrayList<>();
    for (ObjectType target : rule(endpoint).targets()) {
      fields.add(target.associationField().orElseThrow());
    }
    fields.addAll(metadata(endpoint));
    return fields;
  }

  /**
   * Every accepted value of the {@code fields} query parameter on the endpoint: its association
   * fields, then the catalog's others.
   */
  public List<String> fieldsParams(ObjectType endpoint) {
    List<String> names = new ArrayList<>();
    for (ObjectType target : rule(endpoint).targets()) {
      names.add(target.associationField().orElseThrow());
    }
    for (FieldsParam param : catalog(endpoint).fieldsParams()) {
      names.add(param.name());
    }
    return names;
  }

  /** The catalog of an endpoint's objects. */
  public Catalog catalog(ObjectType endpoint) {
    Catalog catalog = catalogs.get(endpoint);
    if (catalog == null) {
      throw new NoSuchElementException("no catalog for " + endpoint);
    }
    return catalog;
  }

  /** The enums, in table order. */
  public List<EnumType> enums() {
    return enums;
  }

  /** The enum of that name, e.g. {@code case severity}. */
  public Optional<EnumType> enumType(String name) {
    return enums.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** The default Indicator-to-Indicator associations, in table order. */
  public List<IndicatorAssociation> indicatorAssociations() {
    return indicatorAssociations;
  }

  /**
   * Whether a default Indicator-to-Indicator association lets an Indicator of type {@code child}
   * be associated to one of type {@code parent} (by a PUT to the parent).
   */
  public boolean indicatorAssociationAllowed(String parent, String child) {
    return indicatorAssociations.stream()
        .anyMatch(a -> a.primary().equals(parent) && a.nonPrimary().contains(child));
  }

  /** The endpoints that take TQL, with their keywords, in table order. */
  public List<QueryType> queryTypes() {
    return queryTypes;
  }

  /** The query type of that name, e.g. {@code GroupAttribute}. */
  public Optional<QueryType> queryType(String name) {
    return queryTypes.stream().filter(q -> q.name().equals(name)).findFirst();
  }

  /** The query type served at an endpoint, given as {@code /v3/tags} or {@code tags}. */
  public Optional<QueryType> queryTypeAt(String endpoint) {
    return queryTypes.stream()
        .filter(q -> q.endpoint().equals(endpoint) || q.endpointName().equals(endpoint))
        .findFirst();
  }

  /** The query type of an object type's endpoint, if its endpoint takes TQL. */
  public Optional<QueryType> queryType(ObjectType object) {
    return queryTypeAt(object.endpoint());
  }

  /** The query type a nested keyword runs over; the loader made sure there is one. */
  public QueryType target(TqlKeyword nested) {
    return queryType(nested.target().orElseThrow(() -> new IllegalArgumentException(nested.name() + " is not a nested query")))
        .orElseThrow();
  }
}
