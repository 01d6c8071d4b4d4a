package dev.tcpivot.spec;

import java.util.Optional;

/**
 * Whether a body field must be present when an object is created.
 *
 * @param kind required, optional, or one member of a group of which at least one is required
 * @param group the group's name for {@link Kind#ONE_OF}, e.g. {@code hash} for md5, sha1, sha256
 * @param isDefault for a group member: whether it is the group's default, the one whose factory
 *     keeps the plain name
 */
public record Requirement(Kind kind, Optional<String> group, boolean isDefault) {
  public enum Kind {
    REQUIRED,
    OPTIONAL,
    ONE_OF
  }

  public static final Requirement REQUIRED = new Requirement(Kind.REQUIRED, Optional.empty(), false);
  public static final Requirement OPTIONAL = new Requirement(Kind.OPTIONAL, Optional.empty(), false);

  public Requirement {
    if ((kind == Kind.ONE_OF) != group.isPresent()) {
      throw new IllegalArgumentException("only a one-of requirement names a group");
    }
    if (isDefault && kind != Kind.ONE_OF) {
      throw new IllegalArgumentException("only a group member can be the default");
    }
  }

  public static Requirement oneOf(String group, boolean isDefault) {
    return new Requirement(Kind.ONE_OF, Optional.of(group), isDefault);
  }

  @Override
  public String toString() {
    switch (kind) {
      case REQUIRED:
        return "yes";
      case OPTIONAL:
        return "no";
      default:
        return "one of " + group.orElseThrow() + (isDefault ? " (default)" : "");
    }
  }
}
