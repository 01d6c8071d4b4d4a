package dev.tcpivot;

/**
 * A default Indicator-to-Indicator association type of indicator-associations.table, e.g.
 * {@code IndicatorAssociation.URL_HOST}: associates an Indicator of a non-primary type
 * ({@code N}) to one of the primary type ({@code P}), in that order, with
 * {@link BatchFile#associate(IndicatorAssociationType, BatchIndicatorRef, BatchIndicatorRef)}.
 *
 * @param <P> the kind of the primary type
 * @param <N> the kinds of the non-primary types
 */
public final class IndicatorAssociationType<P extends IndicatorKind, N extends IndicatorKind> {
  private final String name;

  IndicatorAssociationType(String name) {
    this.name = Checks.notBlank(name, "name");
  }

  /** The association type's name, as {@code associationType} carries it, e.g. {@code URL Host}. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
