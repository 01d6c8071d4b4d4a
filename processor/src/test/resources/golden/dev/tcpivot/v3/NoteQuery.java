package dev.tcpivot.v3;

import dev.tcpivot.DateCondition;
import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/notes}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 *
 * <p>Nested in {@code ArtifactQuery.hasNote(...)}, {@code CaseQuery.hasNote(...)}, {@code TaskQuery.hasNote(...)}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class NoteQuery extends Query<NoteQuery> {
  private NoteQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected NoteQuery with(Query.Clause clause) {
    return new NoteQuery(clause);
  }

  /**
   * The {@code artifactId} keyword of {@code /v3/notes}, which compares an Integer.
   */
  public static IntegerCondition<NoteQuery> artifactId() {
    return integer("artifactId", NoteQuery::new);
  }

  /**
   * The {@code author} keyword of {@code /v3/notes}, which compares a String.
   */
  public static StringCondition<NoteQuery> author() {
    return string("author", NoteQuery::new);
  }

  /**
   * The {@code caseId} keyword of {@code /v3/notes}, which compares an Integer.
   */
  public static IntegerCondition<NoteQuery> caseId() {
    return integer("caseId", NoteQuery::new);
  }

  /**
   * The {@code data} keyword of {@code /v3/notes}, which compares a String.
   */
  public static StringCondition<NoteQuery> data() {
    return string("data", NoteQuery::new);
  }

  /**
   * The {@code dateAdded} keyword of {@code /v3/notes}, which compares a Date.
   */
  public static DateCondition<NoteQuery> dateAdded() {
    return date("dateAdded", NoteQuery::new);
  }

  /**
   * The {@code hasArtifact(...)} keyword of {@code /v3/notes}: a nested query, in which
   * {@code query} runs over {@code /v3/artifacts}.
   */
  public static NoteQuery hasArtifact(ArtifactQuery query) {
    return new NoteQuery(nested("hasArtifact", query));
  }

  /**
   * The {@code hasCase(...)} keyword of {@code /v3/notes}: a nested query, in which
   * {@code query} runs over {@code /v3/cases}.
   */
  public static NoteQuery hasCase(CaseQuery query) {
    return new NoteQuery(nested("hasCase", query));
  }

  /**
   * The {@code hasTask(...)} keyword of {@code /v3/notes}: a nested query, in which
   * {@code query} runs over {@code /v3/tasks}.
   */
  public static NoteQuery hasTask(TaskQuery query) {
    return new NoteQuery(nested("hasTask", query));
  }

  /**
   * The {@code id} keyword of {@code /v3/notes}, which compares an Integer.
   */
  public static IntegerCondition<NoteQuery> id() {
    return integer("id", NoteQuery::new);
  }

  /**
   * The {@code lastModified} keyword of {@code /v3/notes}, which compares a Date.
   */
  public static DateCondition<NoteQuery> lastModified() {
    return date("lastModified", NoteQuery::new);
  }

  /**
   * The {@code summary} keyword of {@code /v3/notes}, which compares a String.
   */
  public static StringCondition<NoteQuery> summary() {
    return string("summary", NoteQuery::new);
  }

  /**
   * The {@code taskId} keyword of {@code /v3/notes}, which compares an Integer.
   */
  public static IntegerCondition<NoteQuery> taskId() {
    return integer("taskId", NoteQuery::new);
  }

  /**
   * The {@code workflowEventId} keyword of {@code /v3/notes}, which compares an Integer.
   */
  public static IntegerCondition<NoteQuery> workflowEventId() {
    return integer("workflowEventId", NoteQuery::new);
  }
}
