package dev.tcpivot.v3;

import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/intelRequirements/categories}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class IntelRequirementCategoryQuery extends Query<IntelRequirementCategoryQuery> {
  private IntelRequirementCategoryQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected IntelRequirementCategoryQuery with(Query.Clause clause) {
    return new IntelRequirementCategoryQuery(clause);
  }

  /**
   * The {@code description} keyword of {@code /v3/intelRequirements/categories}, which compares a String.
   */
  public static StringCondition<IntelRequirementCategoryQuery> description() {
    return string("description", IntelRequirementCategoryQuery::new);
  }

  /**
   * The {@code id} keyword of {@code /v3/intelRequirements/categories}, which compares an Integer.
   */
  public static IntegerCondition<IntelRequirementCategoryQuery> id() {
    return integer("id", IntelRequirementCategoryQuery::new);
  }

  /**
   * The {@code name} keyword of {@code /v3/intelRequirements/categories}, which compares a String.
   */
  public static StringCondition<IntelRequirementCategoryQuery> name() {
    return string("name", IntelRequirementCategoryQuery::new);
  }
}
