package dev.tcpivot.sandbox;

import dev.tcpivot.spec.AssociationRule;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.Catalog;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.PathKey;
import dev.tcpivot.spec.ReadOnlyField;
import dev.tcpivot.spec.Requirement;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Queries the sandbox needs that {@link Spec} does not answer directly, each derived from the
 * tables: which endpoint names objects by summary, an Indicator type's identity (summary) fields,
 * which fields carry the owner, and the parent/child links implied by {@code caseId}-style fields.
 */
final class SpecView {
  private final Spec spec;
  private final ObjectType bySummary;
  private final List<ParentLink> parentLinks;

  SpecView(Spec spec) {
    this.spec = spec;
    this.bySummary =
        spec.objects().stream()
            .filter(o -> o.pathKeys().contains(PathKey.SUMMARY))
            .findFirst()
            .orElseThrow(() -> new NoSuchElementException("no endpoint names objects by summary"));
    this.parentLinks = deriveParentLinks(spec);
  }

  Spec spec() {
    return spec;
  }

  Optional<ObjectType> endpoint(String endpointName) {
    return spec.objects().stream().filter(o -> o.endpointName().equals(endpointName)).findFirst();
  }

  /** The endpoint whose objects a path may name by summary: /v3/indicators. */
  ObjectType summaryEndpoint() {
    return bySummary;
  }

  boolean namedBySummary(ObjectType endpoint) {
    return endpoint.pathKeys().contains(PathKey.SUMMARY);
  }

  boolean namedByXid(ObjectType endpoint) {
    return endpoint.pathKeys().contains(PathKey.XID);
  }

  Catalog catalog(ObjectType endpoint) {
    return spec.catalog(endpoint);
  }

  AssociationRule rule(ObjectType endpoint) {
    return spec.rule(endpoint);
  }

  /** The object type whose association field this is, e.g. Groups for associatedGroups. */
  Optional<ObjectType> associationTarget(String field) {
    return spec.objects().stream()
        .filter(o -> o.associationField().filter(field::equals).isPresent())
        .findFirst();
  }

  /** The association field of a target type, which every association target has. */
  static String associationField(ObjectType target) {
    return target.associationField().orElseThrow();
  }

  /** The endpoint's associable types as a list for messages: "Groups, Indicators". */
  String targetNames(ObjectType endpoint) {
    return rule(endpoint).targets().stream()
        .map(ObjectType::name)
        .collect(Collectors.joining(", "));
  }

  /** The body field of that name that applies to objects of the type ({@code null}: untyped). */
  Optional<BodyField> bodyField(ObjectType endpoint, String type, String name) {
    return catalog(endpoint).fieldsOf(type).stream().filter(f -> f.name().equals(name)).findFirst();
  }

  boolean readOnly(ObjectType endpoint, String name) {
    return catalog(endpoint).readOnly().stream().anyMatch(f -> f.name().equals(name));
  }

  /**
   * The fields that identify an object of a type and make up its summary: the type-specific fields
   * that a create must carry (all of them, or one of a group). For Indicators these are the summary
   * fields ({@code ip}, {@code md5}/{@code sha1}/{@code sha256}, ...).
   */
  List<BodyField> identityFields(ObjectType endpoint, String type) {
    return catalog(endpoint).summaryFields(type);
  }

  /** The body field (if any) of the given kind, e.g. the owner name field of Indicators. */
  Optional<BodyField> fieldOfKind(ObjectType endpoint, ValueKind kind) {
    return catalog(endpoint).body().stream().filter(f -> f.value().kind() == kind).findFirst();
  }

  /** The response key that carries the owner's id, if responses carry one. */
  Optional<String> ownerIdKey(ObjectType endpoint) {
    return fieldOfKind(endpoint, ValueKind.OWNER_ID)
        .map(BodyField::name)
        .or(() -> readOnlyNamed(endpoint, "ownerId"));
  }

  /** The response key that carries the owner's name: ownerName, or owner for Cases. */
  Optional<String> ownerNameKey(ObjectType endpoint) {
    return fieldOfKind(endpoint, ValueKind.OWNER_NAME)
        .map(BodyField::name)
        .or(() -> readOnlyNamed(endpoint, "ownerName"))
        .or(() -> readOnlyNamed(endpoint, "owner"));
  }

  private Optional<String> readOnlyNamed(ObjectType endpoint, String name) {
    return catalog(endpoint).readOnly().stream()
        .map(ReadOnlyField::name)
        .filter(name::equals)
        .findFirst();
  }

  /** The links in which the endpoint's objects are children (Artifacts in Cases, ...). */
  List<ParentLink> parentsOf(ObjectType child) {
    return parentLinks.stream().filter(l -> l.child().equals(child)).collect(Collectors.toList());
  }

  /** The links in which the endpoint's objects are parents. */
  List<ParentLink> childrenOf(ObjectType parent) {
    return parentLinks.stream().filter(l -> l.parent().equals(parent)).collect(Collectors.toList());
  }

  /**
   * The link whose inline collection field on the parent is {@code field}, e.g. a Case's artifacts.
   */
  Optional<ParentLink> collection(ObjectType parent, String field) {
    return childrenOf(parent).stream()
        .filter(l -> l.collectionField().filter(field::equals).isPresent())
        .findFirst();
  }

  /**
   * A child type names its parent by {@code <parent singular in camel case>Id} (an id field), and
   * optionally {@code ...Xid}; the parent may hold an object field named like the child's endpoint
   * (artifacts) or its last word (assets for victimAssets).
   */
  private static List<ParentLink> deriveParentLinks(Spec spec) {
    List<ParentLink> links = new ArrayList<>();
    for (ObjectType child : spec.objects()) {
      Catalog childCatalog = spec.catalog(child);
      for (ObjectType parent : spec.objects()) {
        if (parent.equals(child)) {
          continue;
        }
        String stem = camel(parent.singular());
        Optional<BodyField> id = named(childCatalog, stem + "Id", ValueKind.ID);
        if (id.isEmpty()) {
          continue;
        }
        Optional<String> xid =
            named(childCatalog, stem + "Xid", ValueKind.STRING).map(BodyField::name);
        Optional<String> collection =
            spec.catalog(parent).body().stream()
                .filter(f -> f.value().kind() == ValueKind.OBJECT)
                .map(BodyField::name)
                .filter(name -> namesChildren(name, child.endpointName()))
                .findFirst();
        links.add(new ParentLink(parent, child, id.get().name(), xid, collection));
      }
    }
    return List.copyOf(links);
  }

  private static boolean namesChildren(String field, String childEndpoint) {
    if (field.isEmpty()) {
      return false;
    }
    String capitalised = Character.toUpperCase(field.charAt(0)) + field.substring(1);
    return field.equals(childEndpoint) || childEndpoint.endsWith(capitalised);
  }

  private static Optional<BodyField> named(Catalog catalog, String name, ValueKind kind) {
    return catalog.body().stream()
        .filter(f -> f.name().equals(name) && f.value().kind() == kind)
        .findFirst();
  }

  /** "Victim Asset" to "victimAsset". */
  private static String camel(String words) {
    StringBuilder out = new StringBuilder();
    for (String word : words.trim().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (out.length() == 0) {
        out.append(word.toLowerCase(Locale.ROOT));
      } else {
        out.append(Character.toUpperCase(word.charAt(0)))
            .append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }
}
