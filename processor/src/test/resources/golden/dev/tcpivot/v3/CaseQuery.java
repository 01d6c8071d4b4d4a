package dev.tcpivot.v3;

import dev.tcpivot.BooleanCondition;
import dev.tcpivot.DateCondition;
import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/cases}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 *
 * <p>Taken by {@code tc.cases().list(query, ...)} and {@code count(query)}.
 *
 * <p>Nested in {@code ArtifactQuery.hasCase(...)}, {@code CaseQuery.hasCase(...)}, {@code GroupQuery.hasCase(...)}, {@code IndicatorQuery.hasCase(...)}, {@code IntelRequirementQuery.hasCase(...)}, {@code NoteQuery.hasCase(...)}, {@code TagQuery.hasCase(...)}, {@code TaskQuery.hasCase(...)}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class CaseQuery extends Query<CaseQuery> {
  private CaseQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected CaseQuery with(Query.Clause clause) {
    return new CaseQuery(clause);
  }

  /**
   * The {@code assignedToUserOrGroup} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> assignedToUserOrGroup() {
    return string("assignedToUserOrGroup", CaseQuery::new);
  }

  /**
   * The {@code assigneeName} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> assigneeName() {
    return string("assigneeName", CaseQuery::new);
  }

  /**
   * The {@code attackTag} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> attackTag() {
    return string("attackTag", CaseQuery::new);
  }

  /**
   * The {@code calScore} keyword of {@code /v3/cases}, which compares an Integer.
   */
  public static IntegerCondition<CaseQuery> calScore() {
    return integer("calScore", CaseQuery::new);
  }

  /**
   * The {@code caseCloseDate} keyword of {@code /v3/cases}, which compares a Date.
   */
  public static DateCondition<CaseQuery> caseCloseDate() {
    return date("caseCloseDate", CaseQuery::new);
  }

  /**
   * The {@code caseCloseTime} keyword of {@code /v3/cases}, which compares a Date.
   */
  public static DateCondition<CaseQuery> caseCloseTime() {
    return date("caseCloseTime", CaseQuery::new);
  }

  /**
   * The {@code caseCloseUser} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> caseCloseUser() {
    return string("caseCloseUser", CaseQuery::new);
  }

  /**
   * The {@code caseDetectionTime} keyword of {@code /v3/cases}, which compares a Date.
   */
  public static DateCondition<CaseQuery> caseDetectionTime() {
    return date("caseDetectionTime", CaseQuery::new);
  }

  /**
   * The {@code caseDetectionUser} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> caseDetectionUser() {
    return string("caseDetectionUser", CaseQuery::new);
  }

  /**
   * The {@code caseOccurrenceTime} keyword of {@code /v3/cases}, which compares a Date.
   */
  public static DateCondition<CaseQuery> caseOccurrenceTime() {
    return date("caseOccurrenceTime", CaseQuery::new);
  }

  /**
   * The {@code caseOccurrenceUser} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> caseOccurrenceUser() {
    return string("caseOccurrenceUser", CaseQuery::new);
  }

  /**
   * The {@code caseOpenDate} keyword of {@code /v3/cases}, which compares a Date.
   */
  public static DateCondition<CaseQuery> caseOpenDate() {
    return date("caseOpenDate", CaseQuery::new);
  }

  /**
   * The {@code caseOpenTime} keyword of {@code /v3/cases}, which compares a Date.
   */
  public static DateCondition<CaseQuery> caseOpenTime() {
    return date("caseOpenTime", CaseQuery::new);
  }

  /**
   * The {@code caseOpenUser} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> caseOpenUser() {
    return string("caseOpenUser", CaseQuery::new);
  }

  /**
   * The {@code createdBy} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> createdBy() {
    return string("createdBy", CaseQuery::new);
  }

  /**
   * The {@code createdById} keyword of {@code /v3/cases}, which compares an Integer.
   */
  public static IntegerCondition<CaseQuery> createdById() {
    return integer("createdById", CaseQuery::new);
  }

  /**
   * The {@code dateAdded} keyword of {@code /v3/cases}, which compares a Date.
   */
  public static DateCondition<CaseQuery> dateAdded() {
    return date("dateAdded", CaseQuery::new);
  }

  /**
   * The {@code description} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> description() {
    return string("description", CaseQuery::new);
  }

  /**
   * The {@code detectionDue} keyword of {@code /v3/cases}, which compares a Date.
   */
  public static DateCondition<CaseQuery> detectionDue() {
    return date("detectionDue", CaseQuery::new);
  }

  /**
   * The {@code detectionOverdue} keyword of {@code /v3/cases}, which compares a Boolean.
   */
  public static BooleanCondition<CaseQuery> detectionOverdue() {
    return bool("detectionOverdue", CaseQuery::new);
  }

  /**
   * The {@code hasAllTags(...)} keyword of {@code /v3/cases}: a nested query, in which
   * {@code query} runs over {@code /v3/tags}.
   */
  public static CaseQuery hasAllTags(TagQuery query) {
    return new CaseQuery(nested("hasAllTags", query));
  }

  /**
   * The {@code hasArtifact(...)} keyword of {@code /v3/cases}: a nested query, in which
   * {@code query} runs over {@code /v3/artifacts}.
   */
  public static CaseQuery hasArtifact(ArtifactQuery query) {
    return new CaseQuery(nested("hasArtifact", query));
  }

  /**
   * The {@code hasCase(...)} keyword of {@code /v3/cases}: a nested query, in which
   * {@code query} runs over {@code /v3/cases}.
   */
  public static CaseQuery hasCase(CaseQuery query) {
    return new CaseQuery(nested("hasCase", query));
  }

  /**
   * The {@code hasGroup(...)} keyword of {@code /v3/cases}: a nested query, in which
   * {@code query} runs over {@code /v3/groups}.
   */
  public static CaseQuery hasGroup(GroupQuery query) {
    return new CaseQuery(nested("hasGroup", query));
  }

  /**
   * The {@code hasIndicator(...)} keyword of {@code /v3/cases}: a nested query, in which
   * {@code query} runs over {@code /v3/indicators}.
   */
  public static CaseQuery hasIndicator(IndicatorQuery query) {
    return new CaseQuery(nested("hasIndicator", query));
  }

  /**
   * The {@code hasNote(...)} keyword of {@code /v3/cases}: a nested query, in which
   * {@code query} runs over {@code /v3/notes}.
   */
  public static CaseQuery hasNote(NoteQuery query) {
    return new CaseQuery(nested("hasNote", query));
  }

  /**
   * The {@code hasTag(...)} keyword of {@code /v3/cases}: a nested query, in which
   * {@code query} runs over {@code /v3/tags}.
   */
  public static CaseQuery hasTag(TagQuery query) {
    return new CaseQuery(nested("hasTag", query));
  }

  /**
   * The {@code hasTask(...)} keyword of {@code /v3/cases}: a nested query, in which
   * {@code query} runs over {@code /v3/tasks}.
   */
  public static CaseQuery hasTask(TaskQuery query) {
    return new CaseQuery(nested("hasTask", query));
  }

  /**
   * The {@code hasWorkflowTemplate} keyword of {@code /v3/cases}, which compares an Integer.
   */
  public static IntegerCondition<CaseQuery> hasWorkflowTemplate() {
    return integer("hasWorkflowTemplate", CaseQuery::new);
  }

  /**
   * The {@code id} keyword of {@code /v3/cases}, which compares an Integer.
   */
  public static IntegerCondition<CaseQuery> id() {
    return integer("id", CaseQuery::new);
  }

  /**
   * The {@code idAsString} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> idAsString() {
    return string("idAsString", CaseQuery::new);
  }

  /**
   * The {@code lastUpdated} keyword of {@code /v3/cases}, which compares a Date.
   */
  public static DateCondition<CaseQuery> lastUpdated() {
    return date("lastUpdated", CaseQuery::new);
  }

  /**
   * The {@code missingArtifactCount} keyword of {@code /v3/cases}, which compares an Integer.
   */
  public static IntegerCondition<CaseQuery> missingArtifactCount() {
    return integer("missingArtifactCount", CaseQuery::new);
  }

  /**
   * The {@code name} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> name() {
    return string("name", CaseQuery::new);
  }

  /**
   * The {@code owner} keyword of {@code /v3/cases}, which compares an Integer.
   */
  public static IntegerCondition<CaseQuery> owner() {
    return integer("owner", CaseQuery::new);
  }

  /**
   * The {@code ownerName} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> ownerName() {
    return string("ownerName", CaseQuery::new);
  }

  /**
   * The {@code resolution} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> resolution() {
    return string("resolution", CaseQuery::new);
  }

  /**
   * The {@code responseDue} keyword of {@code /v3/cases}, which compares a Date.
   */
  public static DateCondition<CaseQuery> responseDue() {
    return date("responseDue", CaseQuery::new);
  }

  /**
   * The {@code responseOverdue} keyword of {@code /v3/cases}, which compares a Boolean.
   */
  public static BooleanCondition<CaseQuery> responseOverdue() {
    return bool("responseOverdue", CaseQuery::new);
  }

  /**
   * The {@code severity} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> severity() {
    return string("severity", CaseQuery::new);
  }

  /**
   * The {@code status} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> status() {
    return string("status", CaseQuery::new);
  }

  /**
   * The {@code tag} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> tag() {
    return string("tag", CaseQuery::new);
  }

  /**
   * The {@code targetId} keyword of {@code /v3/cases}, which compares an Integer.
   */
  public static IntegerCondition<CaseQuery> targetId() {
    return integer("targetId", CaseQuery::new);
  }

  /**
   * The {@code targetType} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> targetType() {
    return string("targetType", CaseQuery::new);
  }

  /**
   * The {@code threatAssessScore} keyword of {@code /v3/cases}, which compares an Integer.
   */
  public static IntegerCondition<CaseQuery> threatAssessScore() {
    return integer("threatAssessScore", CaseQuery::new);
  }

  /**
   * The {@code timeToDetect} keyword of {@code /v3/cases}, which compares an Integer.
   */
  public static IntegerCondition<CaseQuery> timeToDetect() {
    return integer("timeToDetect", CaseQuery::new);
  }

  /**
   * The {@code timeToRespond} keyword of {@code /v3/cases}, which compares an Integer.
   */
  public static IntegerCondition<CaseQuery> timeToRespond() {
    return integer("timeToRespond", CaseQuery::new);
  }

  /**
   * The {@code typeName} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> typeName() {
    return string("typeName", CaseQuery::new);
  }

  /**
   * The {@code xid} keyword of {@code /v3/cases}, which compares a String.
   */
  public static StringCondition<CaseQuery> xid() {
    return string("xid", CaseQuery::new);
  }
}
