package dev.tcpivot.spec;

/**
 * A table that cannot be loaded: the message starts with the file and line at fault, so that an
 * editor or a build log can jump straight to it.
 */
public final class SpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient SourceLine where;
  private final String problem;

  public SpecException(SourceLine where, String problem) {
    super(where + ": " + problem);
    this.where = where;
    this.problem = problem;
  }

  /** The file and line at fault. */
  public SourceLine where() {
    return where;
  }

  /** The message without its location. */
  public String problem() {
    return problem;
  }
}
