package dev.tcpivot.cli;

import dev.tcpivot.spec.AssociationRule;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.SpecLoader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The object types the command line names, as the tables name their endpoints: {@code groups} or
 * {@code group}, {@code victimAssets} or {@code victimAsset}, in any case.
 */
final class ObjectKinds {
  private final Spec spec;

  /** The kinds some endpoint can associate, for the help's list of candidates. */
  static final class Targets implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return builtIn().targets().iterator();
    }
  }

  private ObjectKinds(Spec spec) {
    this.spec = spec;
  }

  /** The kinds of the built-in tables. */
  static ObjectKinds builtIn() {
    return new ObjectKinds(SpecLoader.builtIn());
  }

  /** The endpoints that have a row in the association table, e.g. {@code groups}. */
  List<String> endpoints() {
    return spec.associations().stream().map(rule -> rule.endpoint().endpointName()).toList();
  }

  /** The object types some endpoint can associate, by endpoint name. */
  List<String> targets() {
    return spec.associationTargets().stream().map(ObjectType::endpointName).toList();
  }

  /** The endpoint of that name that has a row in the association table. */
  Optional<ObjectType> endpoint(String name) {
    return find(name).filter(type -> spec.associations().stream().anyMatch(rule -> rule.endpoint().equals(type)));
  }

  /** The object type of that name that some endpoint can associate. */
  Optional<ObjectType> target(String name) {
    return find(name).filter(spec.associationTargets()::contains);
  }

  /**
   * Why the table refuses to link {@code objects} to {@code endpoint}'s objects, e.g.
   * {@code /v3/victims cannot associate Indicators (it can associate: Groups)}; empty when it allows it.
   */
  Optional<String> refusal(ObjectType endpoint, ObjectType objects) {
    AssociationRule rule = spec.rule(endpoint);
    if (rule.allows(objects)) {
      return Optional.empty();
    }
    return Optional.of(endpoint.endpoint() + " cannot associate " + objects.name() + " (it can associate: "
        + rule.targets().stream().map(ObjectType::name).collect(Collectors.joining(", ")) + ")");
  }

  private Optional<ObjectType> find(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return spec.objects().stream()
        .filter(type -> type.endpointName().toLowerCase(Locale.ROOT).equals(wanted)
            || type.endpointSingular().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }
}
