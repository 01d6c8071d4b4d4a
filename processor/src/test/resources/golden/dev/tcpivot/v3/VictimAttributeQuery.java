package dev.tcpivot.v3;

import dev.tcpivot.BooleanCondition;
import dev.tcpivot.DateCondition;
import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/victimAttributes}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 *
 * <p>Nested in {@code VictimQuery.hasAttribute(...)}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class VictimAttributeQuery extends Query<VictimAttributeQuery> {
  private VictimAttributeQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected VictimAttributeQuery with(Query.Clause clause) {
    return new VictimAttributeQuery(clause);
  }

  /**
   * The {@code dateAdded} keyword of {@code /v3/victimAttributes}, which compares a Date.
   */
  public static DateCondition<VictimAttributeQuery> dateAdded() {
    return date("dateAdded", VictimAttributeQuery::new);
  }

  /**
   * The {@code dateVal} keyword of {@code /v3/victimAttributes}, which compares a Date.
   */
  public static DateCondition<VictimAttributeQuery> dateVal() {
    return date("dateVal", VictimAttributeQuery::new);
  }

  /**
   * The {@code default} keyword of {@code /v3/victimAttributes}, which compares a Boolean.
   */
  public static BooleanCondition<VictimAttributeQuery> default_() {
    return bool("default", VictimAttributeQuery::new);
  }

  /**
   * The {@code displayed} keyword of {@code /v3/victimAttributes}, which compares a Boolean.
   */
  public static BooleanCondition<VictimAttributeQuery> displayed() {
    return bool("displayed", VictimAttributeQuery::new);
  }

  /**
   * The {@code hasSecurityLabel(...)} keyword of {@code /v3/victimAttributes}: a nested query, in which
   * {@code query} runs over {@code /v3/securityLabels}.
   */
  public static VictimAttributeQuery hasSecurityLabel(SecurityLabelQuery query) {
    return new VictimAttributeQuery(nested("hasSecurityLabel", query));
  }

  /**
   * The {@code hasVictim(...)} keyword of {@code /v3/victimAttributes}: a nested query, in which
   * {@code query} runs over {@code /v3/victims}.
   */
  public static VictimAttributeQuery hasVictim(VictimQuery query) {
    return new VictimAttributeQuery(nested("hasVictim", query));
  }

  /**
   * The {@code id} keyword of {@code /v3/victimAttributes}, which compares an Integer.
   */
  public static IntegerCondition<VictimAttributeQuery> id() {
    return integer("id", VictimAttributeQuery::new);
  }

  /**
   * The {@code intVal} keyword of {@code /v3/victimAttributes}, which compares an Integer.
   */
  public static IntegerCondition<VictimAttributeQuery> intVal() {
    return integer("intVal", VictimAttributeQuery::new);
  }

  /**
   * The {@code lastModified} keyword of {@code /v3/victimAttributes}, which compares a Date.
   */
  public static DateCondition<VictimAttributeQuery> lastModified() {
    return date("lastModified", VictimAttributeQuery::new);
  }

  /**
   * The {@code maxSize} keyword of {@code /v3/victimAttributes}, which compares an Integer.
   */
  public static IntegerCondition<VictimAttributeQuery> maxSize() {
    return integer("maxSize", VictimAttributeQuery::new);
  }

  /**
   * The {@code owner} keyword of {@code /v3/victimAttributes}, which compares an Integer.
   */
  public static IntegerCondition<VictimAttributeQuery> owner() {
    return integer("owner", VictimAttributeQuery::new);
  }

  /**
   * The {@code ownerName} keyword of {@code /v3/victimAttributes}, which compares a String.
   */
  public static StringCondition<VictimAttributeQuery> ownerName() {
    return string("ownerName", VictimAttributeQuery::new);
  }

  /**
   * The {@code pinned} keyword of {@code /v3/victimAttributes}, which compares a Boolean.
   */
  public static BooleanCondition<VictimAttributeQuery> pinned() {
    return bool("pinned", VictimAttributeQuery::new);
  }

  /**
   * The {@code shortText} keyword of {@code /v3/victimAttributes}, which compares a String.
   */
  public static StringCondition<VictimAttributeQuery> shortText() {
    return string("shortText", VictimAttributeQuery::new);
  }

  /**
   * The {@code source} keyword of {@code /v3/victimAttributes}, which compares a String.
   */
  public static StringCondition<VictimAttributeQuery> source() {
    return string("source", VictimAttributeQuery::new);
  }

  /**
   * The {@code text} keyword of {@code /v3/victimAttributes}, which compares a String.
   */
  public static StringCondition<VictimAttributeQuery> text() {
    return string("text", VictimAttributeQuery::new);
  }

  /**
   * The {@code type} keyword of {@code /v3/victimAttributes}, which compares an Integer.
   */
  public static IntegerCondition<VictimAttributeQuery> type() {
    return integer("type", VictimAttributeQuery::new);
  }

  /**
   * The {@code typeName} keyword of {@code /v3/victimAttributes}, which compares a String.
   */
  public static StringCondition<VictimAttributeQuery> typeName() {
    return string("typeName", VictimAttributeQuery::new);
  }

  /**
   * The {@code user} keyword of {@code /v3/victimAttributes}, which compares a String.
   */
  public static StringCondition<VictimAttributeQuery> user() {
    return string("user", VictimAttributeQuery::new);
  }

  /**
   * The {@code victimId} keyword of {@code /v3/victimAttributes}, which compares an Integer.
   */
  public static IntegerCondition<VictimAttributeQuery> victimId() {
    return integer("victimId", VictimAttributeQuery::new);
  }
}
