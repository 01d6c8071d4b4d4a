package dev.tcpivot.v3;

import dev.tcpivot.DateCondition;
import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/tags}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 *
 * <p>Nested in {@code CaseQuery.hasAllTags(...)}, {@code CaseQuery.hasTag(...)}, {@code GroupQuery.hasAllTags(...)}, {@code GroupQuery.hasTag(...)}, {@code IndicatorQuery.hasAllTags(...)}, {@code IndicatorQuery.hasTag(...)}, {@code IntelRequirementQuery.hasTag(...)}, {@code VictimQuery.hasAllTags(...)}, {@code VictimQuery.hasTag(...)}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class TagQuery extends Query<TagQuery> {
  private TagQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected TagQuery with(Query.Clause clause) {
    return new TagQuery(clause);
  }

  /**
   * The {@code associatedCase} keyword of {@code /v3/tags}, which compares an Integer.
   */
  public static IntegerCondition<TagQuery> associatedCase() {
    return integer("associatedCase", TagQuery::new);
  }

  /**
   * The {@code associatedGroup} keyword of {@code /v3/tags}, which compares an Integer.
   */
  public static IntegerCondition<TagQuery> associatedGroup() {
    return integer("associatedGroup", TagQuery::new);
  }

  /**
   * The {@code associatedIndicator} keyword of {@code /v3/tags}, which compares an Integer.
   */
  public static IntegerCondition<TagQuery> associatedIndicator() {
    return integer("associatedIndicator", TagQuery::new);
  }

  /**
   * The {@code associatedVictim} keyword of {@code /v3/tags}, which compares an Integer.
   */
  public static IntegerCondition<TagQuery> associatedVictim() {
    return integer("associatedVictim", TagQuery::new);
  }

  /**
   * The {@code caseId} keyword of {@code /v3/tags}, which compares an Integer.
   */
  public static IntegerCondition<TagQuery> caseId() {
    return integer("caseId", TagQuery::new);
  }

  /**
   * The {@code description} keyword of {@code /v3/tags}, which compares a String.
   */
  public static StringCondition<TagQuery> description() {
    return string("description", TagQuery::new);
  }

  /**
   * The {@code financialRisk} keyword of {@code /v3/tags}, which compares a String.
   */
  public static StringCondition<TagQuery> financialRisk() {
    return string("financialRisk", TagQuery::new);
  }

  /**
   * The {@code financialRiskScore} keyword of {@code /v3/tags}, which compares an Integer.
   */
  public static IntegerCondition<TagQuery> financialRiskScore() {
    return integer("financialRiskScore", TagQuery::new);
  }

  /**
   * The {@code financialRiskValue} keyword of {@code /v3/tags}, which compares an Integer.
   */
  public static IntegerCondition<TagQuery> financialRiskValue() {
    return integer("financialRiskValue", TagQuery::new);
  }

  /**
   * The {@code hasCase(...)} keyword of {@code /v3/tags}: a nested query, in which
   * {@code query} runs over {@code /v3/cases}.
   */
  public static TagQuery hasCase(CaseQuery query) {
    return new TagQuery(nested("hasCase", query));
  }

  /**
   * The {@code hasGroup(...)} keyword of {@code /v3/tags}: a nested query, in which
   * {@code query} runs over {@code /v3/groups}.
   */
  public static TagQuery hasGroup(GroupQuery query) {
    return new TagQuery(nested("hasGroup", query));
  }

  /**
   * The {@code hasIndicator(...)} keyword of {@code /v3/tags}: a nested query, in which
   * {@code query} runs over {@code /v3/indicators}.
   */
  public static TagQuery hasIndicator(IndicatorQuery query) {
    return new TagQuery(nested("hasIndicator", query));
  }

  /**
   * The {@code hasVictim(...)} keyword of {@code /v3/tags}: a nested query, in which
   * {@code query} runs over {@code /v3/victims}.
   */
  public static TagQuery hasVictim(VictimQuery query) {
    return new TagQuery(nested("hasVictim", query));
  }

  /**
   * The {@code id} keyword of {@code /v3/tags}, which compares an Integer.
   */
  public static IntegerCondition<TagQuery> id() {
    return integer("id", TagQuery::new);
  }

  /**
   * The {@code lastUsed} keyword of {@code /v3/tags}, which compares a Date.
   */
  public static DateCondition<TagQuery> lastUsed() {
    return date("lastUsed", TagQuery::new);
  }

  /**
   * The {@code name} keyword of {@code /v3/tags}, which compares a String.
   */
  public static StringCondition<TagQuery> name() {
    return string("name", TagQuery::new);
  }

  /**
   * The {@code owner} keyword of {@code /v3/tags}, which compares an Integer.
   */
  public static IntegerCondition<TagQuery> owner() {
    return integer("owner", TagQuery::new);
  }

  /**
   * The {@code ownerName} keyword of {@code /v3/tags}, which compares a String.
   */
  public static StringCondition<TagQuery> ownerName() {
    return string("ownerName", TagQuery::new);
  }

  /**
   * The {@code securityCoverage} keyword of {@code /v3/tags}, which compares a String.
   */
  public static StringCondition<TagQuery> securityCoverage() {
    return string("securityCoverage", TagQuery::new);
  }

  /**
   * The {@code summary} keyword of {@code /v3/tags}, which compares a String.
   */
  public static StringCondition<TagQuery> summary() {
    return string("summary", TagQuery::new);
  }

  /**
   * The {@code techniqueId} keyword of {@code /v3/tags}, which compares a String.
   */
  public static StringCondition<TagQuery> techniqueId() {
    return string("techniqueId", TagQuery::new);
  }
}
