package dev.tcpivot.v3;

import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/victims}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 *
 * <p>Taken by {@code tc.victims().list(query, ...)} and {@code count(query)}.
 *
 * <p>Nested in {@code GroupQuery.hasVictim(...)}, {@code IndicatorQuery.hasVictim(...)}, {@code IntelRequirementQuery.hasVictim(...)}, {@code VictimQuery.hasVictim(...)}, {@code VictimAssetQuery.hasVictim(...)}, {@code VictimAttributeQuery.hasVictim(...)}, {@code SecurityLabelQuery.hasVictim(...)}, {@code TagQuery.hasVictim(...)}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class VictimQuery extends Query<VictimQuery> {
  private VictimQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected VictimQuery with(Query.Clause clause) {
    return new VictimQuery(clause);
  }

  /**
   * The {@code assetName} keyword of {@code /v3/victims}, which compares a String.
   */
  public static StringCondition<VictimQuery> assetName() {
    return string("assetName", VictimQuery::new);
  }

  /**
   * The {@code assetType} keyword of {@code /v3/victims}, which compares an Integer.
   */
  public static IntegerCondition<VictimQuery> assetType() {
    return integer("assetType", VictimQuery::new);
  }

  /**
   * The {@code assetTypename} keyword of {@code /v3/victims}, which compares a String.
   */
  public static StringCondition<VictimQuery> assetTypename() {
    return string("assetTypename", VictimQuery::new);
  }

  /**
   * The {@code attackTag} keyword of {@code /v3/victims}, which compares a String.
   */
  public static StringCondition<VictimQuery> attackTag() {
    return string("attackTag", VictimQuery::new);
  }

  /**
   * The {@code description} keyword of {@code /v3/victims}, which compares a String.
   */
  public static StringCondition<VictimQuery> description() {
    return string("description", VictimQuery::new);
  }

  /**
   * The {@code hasAllTags(...)} keyword of {@code /v3/victims}: a nested query, in which
   * {@code query} runs over {@code /v3/tags}.
   */
  public static VictimQuery hasAllTags(TagQuery query) {
    return new VictimQuery(nested("hasAllTags", query));
  }

  /**
   * The {@code hasAttribute(...)} keyword of {@code /v3/victims}: a nested query, in which
   * {@code query} runs over {@code /v3/victimAttributes}.
   */
  public static VictimQuery hasAttribute(VictimAttributeQuery query) {
    return new VictimQuery(nested("hasAttribute", query));
  }

  /**
   * The {@code hasGroup(...)} keyword of {@code /v3/victims}: a nested query, in which
   * {@code query} runs over {@code /v3/groups}.
   */
  public static VictimQuery hasGroup(GroupQuery query) {
    return new VictimQuery(nested("hasGroup", query));
  }

  /**
   * The {@code hasIndicator(...)} keyword of {@code /v3/victims}: a nested query, in which
   * {@code query} runs over {@code /v3/indicators}.
   */
  public static VictimQuery hasIndicator(IndicatorQuery query) {
    return new VictimQuery(nested("hasIndicator", query));
  }

  /**
   * The {@code hasSecurityLabel(...)} keyword of {@code /v3/victims}: a nested query, in which
   * {@code query} runs over {@code /v3/securityLabels}.
   */
  public static VictimQuery hasSecurityLabel(SecurityLabelQuery query) {
    return new VictimQuery(nested("hasSecurityLabel", query));
  }

  /**
   * The {@code hasTag(...)} keyword of {@code /v3/victims}: a nested query, in which
   * {@code query} runs over {@code /v3/tags}.
   */
  public static VictimQuery hasTag(TagQuery query) {
    return new VictimQuery(nested("hasTag", query));
  }

  /**
   * The {@code hasVictim(...)} keyword of {@code /v3/victims}: a nested query, in which
   * {@code query} runs over {@code /v3/victims}.
   */
  public static VictimQuery hasVictim(VictimQuery query) {
    return new VictimQuery(nested("hasVictim", query));
  }

  /**
   * The {@code hasVictimAsset(...)} keyword of {@code /v3/victims}: a nested query, in which
   * {@code query} runs over {@code /v3/victimAssets}.
   */
  public static VictimQuery hasVictimAsset(VictimAssetQuery query) {
    return new VictimQuery(nested("hasVictimAsset", query));
  }

  /**
   * The {@code id} keyword of {@code /v3/victims}, which compares an Integer.
   */
  public static IntegerCondition<VictimQuery> id() {
    return integer("id", VictimQuery::new);
  }

  /**
   * The {@code name} keyword of {@code /v3/victims}, which compares a String.
   */
  public static StringCondition<VictimQuery> name() {
    return string("name", VictimQuery::new);
  }

  /**
   * The {@code nationality} keyword of {@code /v3/victims}, which compares a String.
   */
  public static StringCondition<VictimQuery> nationality() {
    return string("nationality", VictimQuery::new);
  }

  /**
   * The {@code organization} keyword of {@code /v3/victims}, which compares a String.
   */
  public static StringCondition<VictimQuery> organization() {
    return string("organization", VictimQuery::new);
  }

  /**
   * The {@code owner} keyword of {@code /v3/victims}, which compares an Integer.
   */
  public static IntegerCondition<VictimQuery> owner() {
    return integer("owner", VictimQuery::new);
  }

  /**
   * The {@code ownerName} keyword of {@code /v3/victims}, which compares a String.
   */
  public static StringCondition<VictimQuery> ownerName() {
    return string("ownerName", VictimQuery::new);
  }

  /**
   * The {@code securityLabel} keyword of {@code /v3/victims}, which compares a String.
   */
  public static StringCondition<VictimQuery> securityLabel() {
    return string("securityLabel", VictimQuery::new);
  }

  /**
   * The {@code subOrg} keyword of {@code /v3/victims}, which compares a String.
   */
  public static StringCondition<VictimQuery> subOrg() {
    return string("subOrg", VictimQuery::new);
  }

  /**
   * The {@code summary} keyword of {@code /v3/victims}, which compares a String.
   */
  public static StringCondition<VictimQuery> summary() {
    return string("summary", VictimQuery::new);
  }

  /**
   * The {@code tag} keyword of {@code /v3/victims}, which compares a String.
   */
  public static StringCondition<VictimQuery> tag() {
    return string("tag", VictimQuery::new);
  }

  /**
   * The {@code tagOwner} keyword of {@code /v3/victims}, which compares an Integer.
   */
  public static IntegerCondition<VictimQuery> tagOwner() {
    return integer("tagOwner", VictimQuery::new);
  }

  /**
   * The {@code tagOwnerName} keyword of {@code /v3/victims}, which compares a String.
   */
  public static StringCondition<VictimQuery> tagOwnerName() {
    return string("tagOwnerName", VictimQuery::new);
  }

  /**
   * The {@code workLocation} keyword of {@code /v3/victims}, which compares a String.
   */
  public static StringCondition<VictimQuery> workLocation() {
    return string("workLocation", VictimQuery::new);
  }
}
