package dev.tcpivot.sandbox;

import java.util.List;
import java.util.Optional;

/**
 * The sandbox's three owners, with the ids and names of the docs' examples
 * (v3/owners/retrieve.rst): the API user's Organization (the default owner), a Community, a Source.
 */
final class Owners {
  private final Owner organization = new Owner(1, "Demo Organization", "Organization");
  private final Owner source = new Owner(2, "Demo Source", "Source");
  private final Owner community = new Owner(3, "Demo Community", "Community");

  Owner organization() {
    return organization;
  }

  Owner community() {
    return community;
  }

  Owner source() {
    return source;
  }

  /** All owners, in id order. */
  List<Owner> all() {
    return List.of(organization, source, community);
  }

  Optional<Owner> byName(String name) {
    return all().stream().filter(o -> o.name().equals(name)).findFirst();
  }

  Optional<Owner> byId(long id) {
    return all().stream().filter(o -> o.id() == id).findFirst();
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
