package dev.tcpivot.v3;

import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/intelRequirements/subtypes}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class IntelRequirementSubtypeQuery extends Query<IntelRequirementSubtypeQuery> {
  private IntelRequirementSubtypeQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected IntelRequirementSubtypeQuery with(Query.Clause clause) {
    return new IntelRequirementSubtypeQuery(clause);
  }

  /**
   * The {@code description} keyword of {@code /v3/intelRequirements/subtypes}, which compares a String.
   */
  public static StringCondition<IntelRequirementSubtypeQuery> description() {
    return string("description", IntelRequirementSubtypeQuery::new);
  }

  /**
   * The {@code id} keyword of {@code /v3/intelRequirements/subtypes}, which compares an Integer.
   */
  public static IntegerCondition<IntelRequirementSubtypeQuery> id() {
    return integer("id", IntelRequirementSubtypeQuery::new);
  }

  /**
   * The {@code name} keyword of {@code /v3/intelRequirements/subtypes}, which compares a String.
   */
  public static StringCondition<IntelRequirementSubtypeQuery> name() {
    return string("name", IntelRequirementSubtypeQuery::new);
  }
}
