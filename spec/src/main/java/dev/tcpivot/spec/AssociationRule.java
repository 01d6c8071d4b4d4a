package dev.tcpivot.spec;

import java.util.List;

/**
 * One row of the association table: what an endpoint can associate, and whether across owners.
 *
 * @param endpoint the object type whose endpoint the row describes
 * @param targets the object types it can associate, in table order
 * @param crossOwner whether an association may join objects in different owners
 */
public record AssociationRule(
    ObjectType endpoint, List<ObjectType> targets, boolean crossOwner, SourceLine source) {

  public AssociationRule {
    targets = List.copyOf(targets);
  }

  /** Whether this endpoint can associate objects of {@code target}'s type. */
  public boolean allows(ObjectType target) {
    return targets.contains(target);
  }
}
