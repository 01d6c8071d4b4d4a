package dev.tcpivot.v3;

import dev.tcpivot.BooleanCondition;
import dev.tcpivot.DateCondition;
import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/tasks}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 *
 * <p>Nested in {@code ArtifactQuery.hasTask(...)}, {@code CaseQuery.hasTask(...)}, {@code NoteQuery.hasTask(...)}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class TaskQuery extends Query<TaskQuery> {
  private TaskQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected TaskQuery with(Query.Clause clause) {
    return new TaskQuery(clause);
  }

  /**
   * The {@code assignedToUserOrGroup} keyword of {@code /v3/tasks}, which compares a String.
   */
  public static StringCondition<TaskQuery> assignedToUserOrGroup() {
    return string("assignedToUserOrGroup", TaskQuery::new);
  }

  /**
   * The {@code assigneeName} keyword of {@code /v3/tasks}, which compares a String.
   */
  public static StringCondition<TaskQuery> assigneeName() {
    return string("assigneeName", TaskQuery::new);
  }

  /**
   * The {@code automated} keyword of {@code /v3/tasks}, which compares a Boolean.
   */
  public static BooleanCondition<TaskQuery> automated() {
    return bool("automated", TaskQuery::new);
  }

  /**
   * The {@code caseId} keyword of {@code /v3/tasks}, which compares an Integer.
   */
  public static IntegerCondition<TaskQuery> caseId() {
    return integer("caseId", TaskQuery::new);
  }

  /**
   * The {@code caseIdAsString} keyword of {@code /v3/tasks}, which compares a String.
   */
  public static StringCondition<TaskQuery> caseIdAsString() {
    return string("caseIdAsString", TaskQuery::new);
  }

  /**
   * The {@code caseSeverity} keyword of {@code /v3/tasks}, which compares a String.
   */
  public static StringCondition<TaskQuery> caseSeverity() {
    return string("caseSeverity", TaskQuery::new);
  }

  /**
   * The {@code completedBy} keyword of {@code /v3/tasks}, which compares a String.
   */
  public static StringCondition<TaskQuery> completedBy() {
    return string("completedBy", TaskQuery::new);
  }

  /**
   * The {@code completedDate} keyword of {@code /v3/tasks}, which compares a Date.
   */
  public static DateCondition<TaskQuery> completedDate() {
    return date("completedDate", TaskQuery::new);
  }

  /**
   * The {@code description} keyword of {@code /v3/tasks}, which compares a String.
   */
  public static StringCondition<TaskQuery> description() {
    return string("description", TaskQuery::new);
  }

  /**
   * The {@code dueDate} keyword of {@code /v3/tasks}, which compares a Date.
   */
  public static DateCondition<TaskQuery> dueDate() {
    return date("dueDate", TaskQuery::new);
  }

  /**
   * The {@code hasArtifact(...)} keyword of {@code /v3/tasks}: a nested query, in which
   * {@code query} runs over {@code /v3/artifacts}.
   */
  public static TaskQuery hasArtifact(ArtifactQuery query) {
    return new TaskQuery(nested("hasArtifact", query));
  }

  /**
   * The {@code hasCase(...)} keyword of {@code /v3/tasks}: a nested query, in which
   * {@code query} runs over {@code /v3/cases}.
   */
  public static TaskQuery hasCase(CaseQuery query) {
    return new TaskQuery(nested("hasCase", query));
  }

  /**
   * The {@code hasNote(...)} keyword of {@code /v3/tasks}: a nested query, in which
   * {@code query} runs over {@code /v3/notes}.
   */
  public static TaskQuery hasNote(NoteQuery query) {
    return new TaskQuery(nested("hasNote", query));
  }

  /**
   * The {@code id} keyword of {@code /v3/tasks}, which compares an Integer.
   */
  public static IntegerCondition<TaskQuery> id() {
    return integer("id", TaskQuery::new);
  }

  /**
   * The {@code missingArtifactCount} keyword of {@code /v3/tasks}, which compares an Integer.
   */
  public static IntegerCondition<TaskQuery> missingArtifactCount() {
    return integer("missingArtifactCount", TaskQuery::new);
  }

  /**
   * The {@code name} keyword of {@code /v3/tasks}, which compares a String.
   */
  public static StringCondition<TaskQuery> name() {
    return string("name", TaskQuery::new);
  }

  /**
   * The {@code owner} keyword of {@code /v3/tasks}, which compares an Integer.
   */
  public static IntegerCondition<TaskQuery> owner() {
    return integer("owner", TaskQuery::new);
  }

  /**
   * The {@code ownerName} keyword of {@code /v3/tasks}, which compares a String.
   */
  public static StringCondition<TaskQuery> ownerName() {
    return string("ownerName", TaskQuery::new);
  }

  /**
   * The {@code required} keyword of {@code /v3/tasks}, which compares a Boolean.
   */
  public static BooleanCondition<TaskQuery> required() {
    return bool("required", TaskQuery::new);
  }

  /**
   * The {@code status} keyword of {@code /v3/tasks}, which compares a String.
   */
  public static StringCondition<TaskQuery> status() {
    return string("status", TaskQuery::new);
  }

  /**
   * The {@code targetId} keyword of {@code /v3/tasks}, which compares an Integer.
   */
  public static IntegerCondition<TaskQuery> targetId() {
    return integer("targetId", TaskQuery::new);
  }

  /**
   * The {@code targetType} keyword of {@code /v3/tasks}, which compares a String.
   */
  public static StringCondition<TaskQuery> targetType() {
    return string("targetType", TaskQuery::new);
  }

  /**
   * The {@code workflowPhase} keyword of {@code /v3/tasks}, which compares an Integer.
   */
  public static IntegerCondition<TaskQuery> workflowPhase() {
    return integer("workflowPhase", TaskQuery::new);
  }

  /**
   * The {@code workflowStep} keyword of {@code /v3/tasks}, which compares an Integer.
   */
  public static IntegerCondition<TaskQuery> workflowStep() {
    return integer("workflowStep", TaskQuery::new);
  }

  /**
   * The {@code xid} keyword of {@code /v3/tasks}, which compares a String.
   */
  public static StringCondition<TaskQuery> xid() {
    return string("xid", TaskQuery::new);
  }
}
