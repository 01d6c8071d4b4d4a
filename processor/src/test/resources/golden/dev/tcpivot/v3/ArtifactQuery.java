package dev.tcpivot.v3;

import dev.tcpivot.BooleanCondition;
import dev.tcpivot.DateCondition;
import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/artifacts}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 *
 * <p>Taken by {@code tc.artifacts().list(query, ...)} and {@code count(query)}.
 *
 * <p>Nested in {@code CaseQuery.hasArtifact(...)}, {@code GroupQuery.hasArtifact(...)}, {@code IndicatorQuery.hasArtifact(...)}, {@code IntelRequirementQuery.hasArtifact(...)}, {@code NoteQuery.hasArtifact(...)}, {@code TaskQuery.hasArtifact(...)}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class ArtifactQuery extends Query<ArtifactQuery> {
  private ArtifactQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected ArtifactQuery with(Query.Clause clause) {
    return new ArtifactQuery(clause);
  }

  /**
   * The {@code analyticsScore} keyword of {@code /v3/artifacts}, which compares an Integer.
   */
  public static IntegerCondition<ArtifactQuery> analyticsScore() {
    return integer("analyticsScore", ArtifactQuery::new);
  }

  /**
   * The {@code caseId} keyword of {@code /v3/artifacts}, which compares an Integer.
   */
  public static IntegerCondition<ArtifactQuery> caseId() {
    return integer("caseId", ArtifactQuery::new);
  }

  /**
   * The {@code dateAdded} keyword of {@code /v3/artifacts}, which compares a Date.
   */
  public static DateCondition<ArtifactQuery> dateAdded() {
    return date("dateAdded", ArtifactQuery::new);
  }

  /**
   * The {@code hasCase(...)} keyword of {@code /v3/artifacts}: a nested query, in which
   * {@code query} runs over {@code /v3/cases}.
   */
  public static ArtifactQuery hasCase(CaseQuery query) {
    return new ArtifactQuery(nested("hasCase", query));
  }

  /**
   * The {@code hasGroup(...)} keyword of {@code /v3/artifacts}: a nested query, in which
   * {@code query} runs over {@code /v3/groups}.
   */
  public static ArtifactQuery hasGroup(GroupQuery query) {
    return new ArtifactQuery(nested("hasGroup", query));
  }

  /**
   * The {@code hasIndicator(...)} keyword of {@code /v3/artifacts}: a nested query, in which
   * {@code query} runs over {@code /v3/indicators}.
   */
  public static ArtifactQuery hasIndicator(IndicatorQuery query) {
    return new ArtifactQuery(nested("hasIndicator", query));
  }

  /**
   * The {@code hasNote(...)} keyword of {@code /v3/artifacts}: a nested query, in which
   * {@code query} runs over {@code /v3/notes}.
   */
  public static ArtifactQuery hasNote(NoteQuery query) {
    return new ArtifactQuery(nested("hasNote", query));
  }

  /**
   * The {@code hasTask(...)} keyword of {@code /v3/artifacts}: a nested query, in which
   * {@code query} runs over {@code /v3/tasks}.
   */
  public static ArtifactQuery hasTask(TaskQuery query) {
    return new ArtifactQuery(nested("hasTask", query));
  }

  /**
   * The {@code id} keyword of {@code /v3/artifacts}, which compares an Integer.
   */
  public static IntegerCondition<ArtifactQuery> id() {
    return integer("id", ArtifactQuery::new);
  }

  /**
   * The {@code indicatorActive} keyword of {@code /v3/artifacts}, which compares a Boolean.
   */
  public static BooleanCondition<ArtifactQuery> indicatorActive() {
    return bool("indicatorActive", ArtifactQuery::new);
  }

  /**
   * The {@code noteId} keyword of {@code /v3/artifacts}, which compares an Integer.
   */
  public static IntegerCondition<ArtifactQuery> noteId() {
    return integer("noteId", ArtifactQuery::new);
  }

  /**
   * The {@code source} keyword of {@code /v3/artifacts}, which compares a String.
   */
  public static StringCondition<ArtifactQuery> source() {
    return string("source", ArtifactQuery::new);
  }

  /**
   * The {@code summary} keyword of {@code /v3/artifacts}, which compares a String.
   */
  public static StringCondition<ArtifactQuery> summary() {
    return string("summary", ArtifactQuery::new);
  }

  /**
   * The {@code taskId} keyword of {@code /v3/artifacts}, which compares an Integer.
   */
  public static IntegerCondition<ArtifactQuery> taskId() {
    return integer("taskId", ArtifactQuery::new);
  }

  /**
   * The {@code type} keyword of {@code /v3/artifacts}, which compares a String.
   */
  public static StringCondition<ArtifactQuery> type() {
    return string("type", ArtifactQuery::new);
  }

  /**
   * The {@code typeName} keyword of {@code /v3/artifacts}, which compares a String.
   */
  public static StringCondition<ArtifactQuery> typeName() {
    return string("typeName", ArtifactQuery::new);
  }
}
