package dev.tcpivot.cli;

import dev.tcpivot.spec.ObjectType;
import java.util.OptionalLong;

/**
 * The object that {@code --to} names, {@code <kind>:<id>} (e.g. {@code groups:12}); an Indicator
 * may also be named by its summary ({@code indicators:badguy.com}).
 *
 * @param endpoint the endpoint of its type
 * @param key its ID, or an Indicator's summary, as given
 */
record LinkTarget(ObjectType endpoint, String key) {
  /**
   * Reads {@code --to}.
   *
   * @throws IllegalArgumentException saying what is wrong with it and what is expected
   */
  static LinkTarget parse(String text, ObjectKinds kinds) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException("--to must be <kind>:<id>, e.g. groups:12, not '" + text + "'");
    }
    String kind = text.substring(0, colon).strip();
    String key = text.substring(colon + 1).strip();
    ObjectType endpoint = kinds.endpoint(kind).orElseThrow(() -> new IllegalArgumentException(
        "--to names an unknown kind '" + kind + "' (kinds: " + String.join(", ", kinds.endpoints()) + ")"));
    LinkTarget target = new LinkTarget(endpoint, key);
    if (target.id().isEmpty() && !target.isIndicator()) {
      throw new IllegalArgumentException("--to must name " + endpoint.name() + " by a positive ID, not '" + key + "'");
    }
    return target;
  }

  /** Whether it is an Indicator, which may be named by summary. */
  boolean isIndicator() {
    return endpoint.endpointName().equals("indicators");
  }

  /** Its ID, when {@link #key()} is one. */
  OptionalLong id() {
    if (key.isEmpty() || !key.chars().allMatch(Character::isDigit) || key.length() > 18) {
      return OptionalLong.empty();
    }
    long id = Long.parseLong(key);
    return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
  }

  @Override
  public String toString() {
    return endpoint.endpointName() + ":" + key;
  }
}
