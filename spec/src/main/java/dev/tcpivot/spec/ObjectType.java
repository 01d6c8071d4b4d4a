package dev.tcpivot.spec;

import java.util.List;
import java.util.Optional;

/**
 * One of the object types of the v3 API, as the tables name it.
 *
 * @param name the plural name used in the association table, e.g. {@code Victim Assets}
 * @param singular the name of one object, e.g. {@code Victim Asset}
 * @param endpoint the endpoint path, e.g. {@code /v3/victimAssets}
 * @param endpointSingular the endpoint's word for one object, e.g. {@code victimAsset}
 * @param associationField the body field through which other endpoints associate objects of this
 *     type, e.g. {@code associatedVictimAssets}; empty if no endpoint can
 * @param pathKeys how a request path may name one object
 */
public record ObjectType(
    String name,
    String singular,
    String endpoint,
    String endpointSingular,
    Optional<String> associationField,
    List<PathKey> pathKeys,
    SourceLine source) {

  public ObjectType {
    pathKeys = List.copyOf(pathKeys);
  }

  /** The endpoint without its {@code /v3/} prefix, e.g. {@code victimAssets}. */
  public String endpointName() {
    return endpoint.substring(endpoint.lastIndexOf('/') + 1);
  }

  @Override
  public String toString() {
    return name;
  }
}
