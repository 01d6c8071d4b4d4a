package dev.tcpivot.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's owners: the API user's Organization (the default owner), then its Sources, then its
 * Communities, numbered from 1 in that order. By default the names of the docs' examples
 * (v3/owners/retrieve.rst): Demo Organization (1), Demo Source (2), Demo Community (3).
 */
final class Owners {
  static final String DEMO_ORGANIZATION = "Demo Organization";
  static final String DEMO_COMMUNITY = "Demo Community";
  static final String DEMO_SOURCE = "Demo Source";

  private final Owner organization;
  private final List<Owner> sources;
  private final List<Owner> communities;
  private final List<Owner> all;

  /** Demo Organization, Demo Source and Demo Community. */
  Owners() {
    this(DEMO_ORGANIZATION, List.of(DEMO_SOURCE), List.of(DEMO_COMMUNITY));
  }

  /**
   * @throws IllegalArgumentException for a blank name, two owners of one name, or no Source or no
   *     Community
   */
  Owners(String organization, List<String> sources, List<String> communities) {
    if (sources.isEmpty() || communities.isEmpty()) {
      throw new IllegalArgumentException("a sandbox needs at least one Source and one Community");
    }
    List<Owner> owners = new ArrayList<>();
    Set<String> names = new HashSet<>();
    this.organization = add(owners, names, organization, "Organization");
    List<Owner> sourceOwners = new ArrayList<>();
    sources.forEach(name -> sourceOwners.add(add(owners, names, name, "Source")));
    List<Owner> communityOwners = new ArrayList<>();
    communities.forEach(name -> communityOwners.add(add(owners, names, name, "Community")));
    this.sources = List.copyOf(sourceOwners);
    this.communities = List.copyOf(communityOwners);
    this.all = List.copyOf(owners);
  }

  private static Owner add(List<Owner> owners, Set<String> names, String name, String type) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an owner's name must not be blank, was \"" + name + "\"");
    }
    if (!names.add(name)) {
      // ?owner=, ownerName and the owner TQL keyword name an owner by its name alone.
      throw new IllegalArgumentException("two owners are named \"" + name + "\"");
    }
    Owner owner = new Owner(owners.size() + 1, name, type);
    owners.add(owner);
    return owner;
  }

  Owner organization() {
    return organization;
  }

  /** The first Community. */
  Owner community() {
    return communities.get(0);
  }

  /** The first Source. */
  Owner source() {
    return sources.get(0);
  }

  List<Owner> communities() {
    return communities;
  }

  List<Owner> sources() {
    return sources;
  }

  /** All owners, in id order. */
  List<Owner> all() {
    return all;
  }

  Optional<Owner> byName(String name) {
    return all.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  Optional<Owner> byId(long id) {
    return all.stream().filter(o -> o.id() == id).findFirst();
  }

  /** The owner the {@code owner} query parameter names, or the default; 403 for an unknown name. */
  Owner fromParameter(Optional<String> name) {
    if (name.isEmpty()) {
      return organization;
    }
    return byName(name.get())
        .orElseThrow(() -> ApiException.forbidden(Messages.unknownOwner(name.get())));
  }
}
