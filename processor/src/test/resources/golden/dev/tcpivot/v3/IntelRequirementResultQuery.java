package dev.tcpivot.v3;

import dev.tcpivot.BooleanCondition;
import dev.tcpivot.DateCondition;
import dev.tcpivot.FloatCondition;
import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/intelRequirements/results}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class IntelRequirementResultQuery extends Query<IntelRequirementResultQuery> {
  private IntelRequirementResultQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected IntelRequirementResultQuery with(Query.Clause clause) {
    return new IntelRequirementResultQuery(clause);
  }

  /**
   * The {@code archivedDate} keyword of {@code /v3/intelRequirements/results}, which compares a Date.
   */
  public static DateCondition<IntelRequirementResultQuery> archivedDate() {
    return date("archivedDate", IntelRequirementResultQuery::new);
  }

  /**
   * The {@code dateAdded} keyword of {@code /v3/intelRequirements/results}, which compares a Date.
   */
  public static DateCondition<IntelRequirementResultQuery> dateAdded() {
    return date("dateAdded", IntelRequirementResultQuery::new);
  }

  /**
   * The {@code id} keyword of {@code /v3/intelRequirements/results}, which compares an Integer.
   */
  public static IntegerCondition<IntelRequirementResultQuery> id() {
    return integer("id", IntelRequirementResultQuery::new);
  }

  /**
   * The {@code intelId} keyword of {@code /v3/intelRequirements/results}, which compares an Integer.
   */
  public static IntegerCondition<IntelRequirementResultQuery> intelId() {
    return integer("intelId", IntelRequirementResultQuery::new);
  }

  /**
   * The {@code intelReqId} keyword of {@code /v3/intelRequirements/results}, which compares an Integer.
   */
  public static IntegerCondition<IntelRequirementResultQuery> intelReqId() {
    return integer("intelReqId", IntelRequirementResultQuery::new);
  }

  /**
   * The {@code intelType} keyword of {@code /v3/intelRequirements/results}, which compares a String.
   */
  public static StringCondition<IntelRequirementResultQuery> intelType() {
    return string("intelType", IntelRequirementResultQuery::new);
  }

  /**
   * The {@code isArchived} keyword of {@code /v3/intelRequirements/results}, which compares a Boolean.
   */
  public static BooleanCondition<IntelRequirementResultQuery> isArchived() {
    return bool("isArchived", IntelRequirementResultQuery::new);
  }

  /**
   * The {@code isAssociated} keyword of {@code /v3/intelRequirements/results}, which compares a Boolean.
   */
  public static BooleanCondition<IntelRequirementResultQuery> isAssociated() {
    return bool("isAssociated", IntelRequirementResultQuery::new);
  }

  /**
   * The {@code isDeleted} keyword of {@code /v3/intelRequirements/results}, which compares a Boolean.
   */
  public static BooleanCondition<IntelRequirementResultQuery> isDeleted() {
    return bool("isDeleted", IntelRequirementResultQuery::new);
  }

  /**
   * The {@code isFalsePositive} keyword of {@code /v3/intelRequirements/results}, which compares a Boolean.
   */
  public static BooleanCondition<IntelRequirementResultQuery> isFalsePositive() {
    return bool("isFalsePositive", IntelRequirementResultQuery::new);
  }

  /**
   * The {@code isLocal} keyword of {@code /v3/intelRequirements/results}, which compares a Boolean.
   */
  public static BooleanCondition<IntelRequirementResultQuery> isLocal() {
    return bool("isLocal", IntelRequirementResultQuery::new);
  }

  /**
   * The {@code lastMatchedDate} keyword of {@code /v3/intelRequirements/results}, which compares a Date.
   */
  public static DateCondition<IntelRequirementResultQuery> lastMatchedDate() {
    return date("lastMatchedDate", IntelRequirementResultQuery::new);
  }

  /**
   * The {@code lastModified} keyword of {@code /v3/intelRequirements/results}, which compares a Date.
   */
  public static DateCondition<IntelRequirementResultQuery> lastModified() {
    return date("lastModified", IntelRequirementResultQuery::new);
  }

  /**
   * The {@code owner} keyword of {@code /v3/intelRequirements/results}, which compares an Integer.
   */
  public static IntegerCondition<IntelRequirementResultQuery> owner() {
    return integer("owner", IntelRequirementResultQuery::new);
  }

  /**
   * The {@code ownerName} keyword of {@code /v3/intelRequirements/results}, which compares a String.
   */
  public static StringCondition<IntelRequirementResultQuery> ownerName() {
    return string("ownerName", IntelRequirementResultQuery::new);
  }

  /**
   * The {@code score} keyword of {@code /v3/intelRequirements/results}, which compares a Float.
   */
  public static FloatCondition<IntelRequirementResultQuery> score() {
    return decimal("score", IntelRequirementResultQuery::new);
  }

  /**
   * The {@code summary} keyword of {@code /v3/intelRequirements/results}, which compares a String.
   */
  public static StringCondition<IntelRequirementResultQuery> summary() {
    return string("summary", IntelRequirementResultQuery::new);
  }
}
