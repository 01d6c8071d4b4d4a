package dev.tcpivot.v3;

import dev.tcpivot.DateCondition;
import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/securityLabels}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 *
 * <p>Nested in {@code GroupQuery.hasSecurityLabel(...)}, {@code IndicatorQuery.hasSecurityLabel(...)}, {@code VictimQuery.hasSecurityLabel(...)}, {@code GroupAttributeQuery.hasSecurityLabel(...)}, {@code IndicatorAttributeQuery.hasSecurityLabel(...)}, {@code VictimAttributeQuery.hasSecurityLabel(...)}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class SecurityLabelQuery extends Query<SecurityLabelQuery> {
  private SecurityLabelQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected SecurityLabelQuery with(Query.Clause clause) {
    return new SecurityLabelQuery(clause);
  }

  /**
   * The {@code color} keyword of {@code /v3/securityLabels}, which compares a String.
   */
  public static StringCondition<SecurityLabelQuery> color() {
    return string("color", SecurityLabelQuery::new);
  }

  /**
   * The {@code dateAdded} keyword of {@code /v3/securityLabels}, which compares a Date.
   */
  public static DateCondition<SecurityLabelQuery> dateAdded() {
    return date("dateAdded", SecurityLabelQuery::new);
  }

  /**
   * The {@code description} keyword of {@code /v3/securityLabels}, which compares a String.
   */
  public static StringCondition<SecurityLabelQuery> description() {
    return string("description", SecurityLabelQuery::new);
  }

  /**
   * The {@code hasGroup(...)} keyword of {@code /v3/securityLabels}: a nested query, in which
   * {@code query} runs over {@code /v3/groups}.
   */
  public static SecurityLabelQuery hasGroup(GroupQuery query) {
    return new SecurityLabelQuery(nested("hasGroup", query));
  }

  /**
   * The {@code hasGroupAttribute} keyword of {@code /v3/securityLabels}, which compares an Integer.
   */
  public static IntegerCondition<SecurityLabelQuery> hasGroupAttribute() {
    return integer("hasGroupAttribute", SecurityLabelQuery::new);
  }

  /**
   * The {@code hasIndicator(...)} keyword of {@code /v3/securityLabels}: a nested query, in which
   * {@code query} runs over {@code /v3/indicators}.
   */
  public static SecurityLabelQuery hasIndicator(IndicatorQuery query) {
    return new SecurityLabelQuery(nested("hasIndicator", query));
  }

  /**
   * The {@code hasIndicatorAttribute} keyword of {@code /v3/securityLabels}, which compares an Integer.
   */
  public static IntegerCondition<SecurityLabelQuery> hasIndicatorAttribute() {
    return integer("hasIndicatorAttribute", SecurityLabelQuery::new);
  }

  /**
   * The {@code hasVictim(...)} keyword of {@code /v3/securityLabels}: a nested query, in which
   * {@code query} runs over {@code /v3/victims}.
   */
  public static SecurityLabelQuery hasVictim(VictimQuery query) {
    return new SecurityLabelQuery(nested("hasVictim", query));
  }

  /**
   * The {@code hasVictimAttribute} keyword of {@code /v3/securityLabels}, which compares an Integer.
   */
  public static IntegerCondition<SecurityLabelQuery> hasVictimAttribute() {
    return integer("hasVictimAttribute", SecurityLabelQuery::new);
  }

  /**
   * The {@code id} keyword of {@code /v3/securityLabels}, which compares an Integer.
   */
  public static IntegerCondition<SecurityLabelQuery> id() {
    return integer("id", SecurityLabelQuery::new);
  }

  /**
   * The {@code name} keyword of {@code /v3/securityLabels}, which compares a String.
   */
  public static StringCondition<SecurityLabelQuery> name() {
    return string("name", SecurityLabelQuery::new);
  }

  /**
   * The {@code owner} keyword of {@code /v3/securityLabels}, which compares an Integer.
   */
  public static IntegerCondition<SecurityLabelQuery> owner() {
    return integer("owner", SecurityLabelQuery::new);
  }

  /**
   * The {@code ownerName} keyword of {@code /v3/securityLabels}, which compares a String.
   */
  public static StringCondition<SecurityLabelQuery> ownerName() {
    return string("ownerName", SecurityLabelQuery::new);
  }

  /**
   * The {@code summary} keyword of {@code /v3/securityLabels}, which compares a String.
   */
  public static StringCondition<SecurityLabelQuery> summary() {
    return string("summary", SecurityLabelQuery::new);
  }

  /**
   * The {@code victimId} keyword of {@code /v3/securityLabels}, which compares an Integer.
   */
  public static IntegerCondition<SecurityLabelQuery> victimId() {
    return integer("victimId", SecurityLabelQuery::new);
  }
}
