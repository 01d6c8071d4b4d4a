package dev.tcpivot.v3;

import dev.tcpivot.DateCondition;
import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/intelRequirements}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 *
 * <p>Taken by {@code tc.intelRequirements().list(query, ...)} and {@code count(query)}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class IntelRequirementQuery extends Query<IntelRequirementQuery> {
  private IntelRequirementQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected IntelRequirementQuery with(Query.Clause clause) {
    return new IntelRequirementQuery(clause);
  }

  /**
   * The {@code category} keyword of {@code /v3/intelRequirements}, which compares a String.
   */
  public static StringCondition<IntelRequirementQuery> category() {
    return string("category", IntelRequirementQuery::new);
  }

  /**
   * The {@code dateAdded} keyword of {@code /v3/intelRequirements}, which compares a Date.
   */
  public static DateCondition<IntelRequirementQuery> dateAdded() {
    return date("dateAdded", IntelRequirementQuery::new);
  }

  /**
   * The {@code hasArtifact(...)} keyword of {@code /v3/intelRequirements}: a nested query, in which
   * {@code query} runs over {@code /v3/artifacts}.
   */
  public static IntelRequirementQuery hasArtifact(ArtifactQuery query) {
    return new IntelRequirementQuery(nested("hasArtifact", query));
  }

  /**
   * The {@code hasCase(...)} keyword of {@code /v3/intelRequirements}: a nested query, in which
   * {@code query} runs over {@code /v3/cases}.
   */
  public static IntelRequirementQuery hasCase(CaseQuery query) {
    return new IntelRequirementQuery(nested("hasCase", query));
  }

  /**
   * The {@code hasGroup(...)} keyword of {@code /v3/intelRequirements}: a nested query, in which
   * {@code query} runs over {@code /v3/groups}.
   */
  public static IntelRequirementQuery hasGroup(GroupQuery query) {
    return new IntelRequirementQuery(nested("hasGroup", query));
  }

  /**
   * The {@code hasIndicator(...)} keyword of {@code /v3/intelRequirements}: a nested query, in which
   * {@code query} runs over {@code /v3/indicators}.
   */
  public static IntelRequirementQuery hasIndicator(IndicatorQuery query) {
    return new IntelRequirementQuery(nested("hasIndicator", query));
  }

  /**
   * The {@code hasTag(...)} keyword of {@code /v3/intelRequirements}: a nested query, in which
   * {@code query} runs over {@code /v3/tags}.
   */
  public static IntelRequirementQuery hasTag(TagQuery query) {
    return new IntelRequirementQuery(nested("hasTag", query));
  }

  /**
   * The {@code hasVictim(...)} keyword of {@code /v3/intelRequirements}: a nested query, in which
   * {@code query} runs over {@code /v3/victims}.
   */
  public static IntelRequirementQuery hasVictim(VictimQuery query) {
    return new IntelRequirementQuery(nested("hasVictim", query));
  }

  /**
   * The {@code hasVictimAsset(...)} keyword of {@code /v3/intelRequirements}: a nested query, in which
   * {@code query} runs over {@code /v3/victimAssets}.
   */
  public static IntelRequirementQuery hasVictimAsset(VictimAssetQuery query) {
    return new IntelRequirementQuery(nested("hasVictimAsset", query));
  }

  /**
   * The {@code id} keyword of {@code /v3/intelRequirements}, which compares an Integer.
   */
  public static IntegerCondition<IntelRequirementQuery> id() {
    return integer("id", IntelRequirementQuery::new);
  }

  /**
   * The {@code idBucket} keyword of {@code /v3/intelRequirements}, which compares an Integer.
   */
  public static IntegerCondition<IntelRequirementQuery> idBucket() {
    return integer("idBucket", IntelRequirementQuery::new);
  }

  /**
   * The {@code idParent} keyword of {@code /v3/intelRequirements}, which compares an Integer.
   */
  public static IntegerCondition<IntelRequirementQuery> idParent() {
    return integer("idParent", IntelRequirementQuery::new);
  }

  /**
   * The {@code lastModified} keyword of {@code /v3/intelRequirements}, which compares a Date.
   */
  public static DateCondition<IntelRequirementQuery> lastModified() {
    return date("lastModified", IntelRequirementQuery::new);
  }

  /**
   * The {@code owner} keyword of {@code /v3/intelRequirements}, which compares an Integer.
   */
  public static IntegerCondition<IntelRequirementQuery> owner() {
    return integer("owner", IntelRequirementQuery::new);
  }

  /**
   * The {@code ownerName} keyword of {@code /v3/intelRequirements}, which compares a String.
   */
  public static StringCondition<IntelRequirementQuery> ownerName() {
    return string("ownerName", IntelRequirementQuery::new);
  }

  /**
   * The {@code requirement} keyword of {@code /v3/intelRequirements}, which compares a String.
   */
  public static StringCondition<IntelRequirementQuery> requirement() {
    return string("requirement", IntelRequirementQuery::new);
  }

  /**
   * The {@code subtype} keyword of {@code /v3/intelRequirements}, which compares a String.
   */
  public static StringCondition<IntelRequirementQuery> subtype() {
    return string("subtype", IntelRequirementQuery::new);
  }

  /**
   * The {@code tag} keyword of {@code /v3/intelRequirements}, which compares a String.
   */
  public static StringCondition<IntelRequirementQuery> tag() {
    return string("tag", IntelRequirementQuery::new);
  }

  /**
   * The {@code uniqueId} keyword of {@code /v3/intelRequirements}, which compares a String.
   */
  public static StringCondition<IntelRequirementQuery> uniqueId() {
    return string("uniqueId", IntelRequirementQuery::new);
  }
}
