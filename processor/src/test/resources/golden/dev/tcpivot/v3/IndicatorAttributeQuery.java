package dev.tcpivot.v3;

import dev.tcpivot.BooleanCondition;
import dev.tcpivot.DateCondition;
import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/indicatorAttributes}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 *
 * <p>Nested in {@code IndicatorQuery.hasAttribute(...)}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class IndicatorAttributeQuery extends Query<IndicatorAttributeQuery> {
  private IndicatorAttributeQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected IndicatorAttributeQuery with(Query.Clause clause) {
    return new IndicatorAttributeQuery(clause);
  }

  /**
   * The {@code associable} keyword of {@code /v3/indicatorAttributes}, which compares a Boolean.
   */
  public static BooleanCondition<IndicatorAttributeQuery> associable() {
    return bool("associable", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code dateAdded} keyword of {@code /v3/indicatorAttributes}, which compares a Date.
   */
  public static DateCondition<IndicatorAttributeQuery> dateAdded() {
    return date("dateAdded", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code dateVal} keyword of {@code /v3/indicatorAttributes}, which compares a Date.
   */
  public static DateCondition<IndicatorAttributeQuery> dateVal() {
    return date("dateVal", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code default} keyword of {@code /v3/indicatorAttributes}, which compares a Boolean.
   */
  public static BooleanCondition<IndicatorAttributeQuery> default_() {
    return bool("default", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code displayed} keyword of {@code /v3/indicatorAttributes}, which compares a Boolean.
   */
  public static BooleanCondition<IndicatorAttributeQuery> displayed() {
    return bool("displayed", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code hasIndicator(...)} keyword of {@code /v3/indicatorAttributes}: a nested query, in which
   * {@code query} runs over {@code /v3/indicators}.
   */
  public static IndicatorAttributeQuery hasIndicator(IndicatorQuery query) {
    return new IndicatorAttributeQuery(nested("hasIndicator", query));
  }

  /**
   * The {@code hasSecurityLabel(...)} keyword of {@code /v3/indicatorAttributes}: a nested query, in which
   * {@code query} runs over {@code /v3/securityLabels}.
   */
  public static IndicatorAttributeQuery hasSecurityLabel(SecurityLabelQuery query) {
    return new IndicatorAttributeQuery(nested("hasSecurityLabel", query));
  }

  /**
   * The {@code id} keyword of {@code /v3/indicatorAttributes}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorAttributeQuery> id() {
    return integer("id", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code indicatorId} keyword of {@code /v3/indicatorAttributes}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorAttributeQuery> indicatorId() {
    return integer("indicatorId", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code intVal} keyword of {@code /v3/indicatorAttributes}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorAttributeQuery> intVal() {
    return integer("intVal", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code lastModified} keyword of {@code /v3/indicatorAttributes}, which compares a Date.
   */
  public static DateCondition<IndicatorAttributeQuery> lastModified() {
    return date("lastModified", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code maxSize} keyword of {@code /v3/indicatorAttributes}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorAttributeQuery> maxSize() {
    return integer("maxSize", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code owner} keyword of {@code /v3/indicatorAttributes}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorAttributeQuery> owner() {
    return integer("owner", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code ownerName} keyword of {@code /v3/indicatorAttributes}, which compares a String.
   */
  public static StringCondition<IndicatorAttributeQuery> ownerName() {
    return string("ownerName", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code pinned} keyword of {@code /v3/indicatorAttributes}, which compares a Boolean.
   */
  public static BooleanCondition<IndicatorAttributeQuery> pinned() {
    return bool("pinned", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code shortText} keyword of {@code /v3/indicatorAttributes}, which compares a String.
   */
  public static StringCondition<IndicatorAttributeQuery> shortText() {
    return string("shortText", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code source} keyword of {@code /v3/indicatorAttributes}, which compares a String.
   */
  public static StringCondition<IndicatorAttributeQuery> source() {
    return string("source", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code text} keyword of {@code /v3/indicatorAttributes}, which compares a String.
   */
  public static StringCondition<IndicatorAttributeQuery> text() {
    return string("text", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code type} keyword of {@code /v3/indicatorAttributes}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorAttributeQuery> type() {
    return integer("type", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code typeName} keyword of {@code /v3/indicatorAttributes}, which compares a String.
   */
  public static StringCondition<IndicatorAttributeQuery> typeName() {
    return string("typeName", IndicatorAttributeQuery::new);
  }

  /**
   * The {@code user} keyword of {@code /v3/indicatorAttributes}, which compares a String.
   */
  public static StringCondition<IndicatorAttributeQuery> user() {
    return string("user", IndicatorAttributeQuery::new);
  }
}
