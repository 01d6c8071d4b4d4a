package dev.tcpivot.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The loaded tables: object types, the association table, the metadata table, one catalog per
 * endpoint, enums and the default Indicator-to-Indicator associations. Everything that tcpivot
 * knows about which association is legal is read from here. Obtain one from {@link SpecLoader}.
 */
public final class Spec {
  private final List<ObjectType> objects;
  private final List<AssociationRule> associations;
  private final List<MetadataRule> metadata;
  private final Map<ObjectType, Catalog> catalogs;
  private final List<EnumType> enums;
  private final List<IndicatorAssociation> indicatorAssociations;

  Spec(
      List<ObjectType> objects,
      List<AssociationRule> associations,
      List<MetadataRule> metadata,
      Map<ObjectType, Catalog> catalogs,
      List<EnumType> enums,
      List<IndicatorAssociation> indicatorAssociations) {
    this.objects = List.copyOf(objects);
    this.associations = List.copyOf(associations);
    this.metadata = List.copyOf(metadata);
    this.catalogs = Map.copyOf(catalogs);
    this.enums = List.copyOf(enums);
    this.indicatorAssociations = List.copyOf(indicatorAssociations);
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
}
