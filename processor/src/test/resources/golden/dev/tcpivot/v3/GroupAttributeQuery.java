package dev.tcpivot.v3;

import dev.tcpivot.BooleanCondition;
import dev.tcpivot.DateCondition;
import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/groupAttributes}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 *
 * <p>Nested in {@code GroupQuery.hasAttribute(...)}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class GroupAttributeQuery extends Query<GroupAttributeQuery> {
  private GroupAttributeQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected GroupAttributeQuery with(Query.Clause clause) {
    return new GroupAttributeQuery(clause);
  }

  /**
   * The {@code associable} keyword of {@code /v3/groupAttributes}, which compares a Boolean.
   */
  public static BooleanCondition<GroupAttributeQuery> associable() {
    return bool("associable", GroupAttributeQuery::new);
  }

  /**
   * The {@code dateAdded} keyword of {@code /v3/groupAttributes}, which compares a Date.
   */
  public static DateCondition<GroupAttributeQuery> dateAdded() {
    return date("dateAdded", GroupAttributeQuery::new);
  }

  /**
   * The {@code dateVal} keyword of {@code /v3/groupAttributes}, which compares a Date.
   */
  public static DateCondition<GroupAttributeQuery> dateVal() {
    return date("dateVal", GroupAttributeQuery::new);
  }

  /**
   * The {@code default} keyword of {@code /v3/groupAttributes}, which compares a Boolean.
   */
  public static BooleanCondition<GroupAttributeQuery> default_() {
    return bool("default", GroupAttributeQuery::new);
  }

  /**
   * The {@code displayed} keyword of {@code /v3/groupAttributes}, which compares a Boolean.
   */
  public static BooleanCondition<GroupAttributeQuery> displayed() {
    return bool("displayed", GroupAttributeQuery::new);
  }

  /**
   * The {@code groupId} keyword of {@code /v3/groupAttributes}, which compares an Integer.
   */
  public static IntegerCondition<GroupAttributeQuery> groupId() {
    return integer("groupId", GroupAttributeQuery::new);
  }

  /**
   * The {@code hasGroup(...)} keyword of {@code /v3/groupAttributes}: a nested query, in which
   * {@code query} runs over {@code /v3/groups}.
   */
  public static GroupAttributeQuery hasGroup(GroupQuery query) {
    return new GroupAttributeQuery(nested("hasGroup", query));
  }

  /**
   * The {@code hasSecurityLabel(...)} keyword of {@code /v3/groupAttributes}: a nested query, in which
   * {@code query} runs over {@code /v3/securityLabels}.
   */
  public static GroupAttributeQuery hasSecurityLabel(SecurityLabelQuery query) {
    return new GroupAttributeQuery(nested("hasSecurityLabel", query));
  }

  /**
   * The {@code id} keyword of {@code /v3/groupAttributes}, which compares an Integer.
   */
  public static IntegerCondition<GroupAttributeQuery> id() {
    return integer("id", GroupAttributeQuery::new);
  }

  /**
   * The {@code intVal} keyword of {@code /v3/groupAttributes}, which compares an Integer.
   */
  public static IntegerCondition<GroupAttributeQuery> intVal() {
    return integer("intVal", GroupAttributeQuery::new);
  }

  /**
   * The {@code lastModified} keyword of {@code /v3/groupAttributes}, which compares a Date.
   */
  public static DateCondition<GroupAttributeQuery> lastModified() {
    return date("lastModified", GroupAttributeQuery::new);
  }

  /**
   * The {@code maxSize} keyword of {@code /v3/groupAttributes}, which compares an Integer.
   */
  public static IntegerCondition<GroupAttributeQuery> maxSize() {
    return integer("maxSize", GroupAttributeQuery::new);
  }

  /**
   * The {@code owner} keyword of {@code /v3/groupAttributes}, which compares an Integer.
   */
  public static IntegerCondition<GroupAttributeQuery> owner() {
    return integer("owner", GroupAttributeQuery::new);
  }

  /**
   * The {@code ownerName} keyword of {@code /v3/groupAttributes}, which compares a String.
   */
  public static StringCondition<GroupAttributeQuery> ownerName() {
    return string("ownerName", GroupAttributeQuery::new);
  }

  /**
   * The {@code pinned} keyword of {@code /v3/groupAttributes}, which compares a Boolean.
   */
  public static BooleanCondition<GroupAttributeQuery> pinned() {
    return bool("pinned", GroupAttributeQuery::new);
  }

  /**
   * The {@code shortText} keyword of {@code /v3/groupAttributes}, which compares a String.
   */
  public static StringCondition<GroupAttributeQuery> shortText() {
    return string("shortText", GroupAttributeQuery::new);
  }

  /**
   * The {@code source} keyword of {@code /v3/groupAttributes}, which compares a String.
   */
  public static StringCondition<GroupAttributeQuery> source() {
    return string("source", GroupAttributeQuery::new);
  }

  /**
   * The {@code text} keyword of {@code /v3/groupAttributes}, which compares a String.
   */
  public static StringCondition<GroupAttributeQuery> text() {
    return string("text", GroupAttributeQuery::new);
  }

  /**
   * The {@code type} keyword of {@code /v3/groupAttributes}, which compares an Integer.
   */
  public static IntegerCondition<GroupAttributeQuery> type() {
    return integer("type", GroupAttributeQuery::new);
  }

  /**
   * The {@code typeName} keyword of {@code /v3/groupAttributes}, which compares a String.
   */
  public static StringCondition<GroupAttributeQuery> typeName() {
    return string("typeName", GroupAttributeQuery::new);
  }

  /**
   * The {@code user} keyword of {@code /v3/groupAttributes}, which compares a String.
   */
  public static StringCondition<GroupAttributeQuery> user() {
    return string("user", GroupAttributeQuery::new);
  }
}
