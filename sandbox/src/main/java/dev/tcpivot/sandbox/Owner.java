package dev.tcpivot.sandbox;

import java.util.Objects;

/**
 * One of the sandbox's owners: where objects live and whose name goes in {@code ?owner=}, {@code
 * ownerName} and {@code ownerId}.
 *
 * @param id the owner's id, as in {@code GET /v3/security/owners}
 * @param name the owner's name, e.g. {@code Demo Organization}
 * @param type {@code Organization}, {@code Community} or {@code Source}
 */
public record Owner(long id, String name, String type) {
  public Owner {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
