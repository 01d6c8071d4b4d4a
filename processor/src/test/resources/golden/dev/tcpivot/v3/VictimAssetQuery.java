package dev.tcpivot.v3;

import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/victimAssets}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 *
 * <p>Taken by {@code tc.victimAssets().list(query, ...)} and {@code count(query)}.
 *
 * <p>Nested in {@code GroupQuery.hasVictimAsset(...)}, {@code IndicatorQuery.hasVictimAsset(...)}, {@code IntelRequirementQuery.hasVictimAsset(...)}, {@code VictimQuery.hasVictimAsset(...)}, {@code VictimAssetQuery.hasVictimAsset(...)}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class VictimAssetQuery extends Query<VictimAssetQuery> {
  private VictimAssetQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected VictimAssetQuery with(Query.Clause clause) {
    return new VictimAssetQuery(clause);
  }

  /**
   * The {@code asset} keyword of {@code /v3/victimAssets}, which compares a String.
   */
  public static StringCondition<VictimAssetQuery> asset() {
    return string("asset", VictimAssetQuery::new);
  }

  /**
   * The {@code associatedGroup} keyword of {@code /v3/victimAssets}, which compares an Integer.
   */
  public static IntegerCondition<VictimAssetQuery> associatedGroup() {
    return integer("associatedGroup", VictimAssetQuery::new);
  }

  /**
   * The {@code hasGroup(...)} keyword of {@code /v3/victimAssets}: a nested query, in which
   * {@code query} runs over {@code /v3/groups}.
   */
  public static VictimAssetQuery hasGroup(GroupQuery query) {
    return new VictimAssetQuery(nested("hasGroup", query));
  }

  /**
   * The {@code hasIndicator(...)} keyword of {@code /v3/victimAssets}: a nested query, in which
   * {@code query} runs over {@code /v3/indicators}.
   */
  public static VictimAssetQuery hasIndicator(IndicatorQuery query) {
    return new VictimAssetQuery(nested("hasIndicator", query));
  }

  /**
   * The {@code hasVictim(...)} keyword of {@code /v3/victimAssets}: a nested query, in which
   * {@code query} runs over {@code /v3/victims}.
   */
  public static VictimAssetQuery hasVictim(VictimQuery query) {
    return new VictimAssetQuery(nested("hasVictim", query));
  }

  /**
   * The {@code hasVictimAsset(...)} keyword of {@code /v3/victimAssets}: a nested query, in which
   * {@code query} runs over {@code /v3/victimAssets}.
   */
  public static VictimAssetQuery hasVictimAsset(VictimAssetQuery query) {
    return new VictimAssetQuery(nested("hasVictimAsset", query));
  }

  /**
   * The {@code id} keyword of {@code /v3/victimAssets}, which compares an Integer.
   */
  public static IntegerCondition<VictimAssetQuery> id() {
    return integer("id", VictimAssetQuery::new);
  }

  /**
   * The {@code owner} keyword of {@code /v3/victimAssets}, which compares an Integer.
   */
  public static IntegerCondition<VictimAssetQuery> owner() {
    return integer("owner", VictimAssetQuery::new);
  }

  /**
   * The {@code ownerName} keyword of {@code /v3/victimAssets}, which compares a String.
   */
  public static StringCondition<VictimAssetQuery> ownerName() {
    return string("ownerName", VictimAssetQuery::new);
  }

  /**
   * The {@code summary} keyword of {@code /v3/victimAssets}, which compares a String.
   */
  public static StringCondition<VictimAssetQuery> summary() {
    return string("summary", VictimAssetQuery::new);
  }

  /**
   * The {@code type} keyword of {@code /v3/victimAssets}, which compares an Integer.
   */
  public static IntegerCondition<VictimAssetQuery> type() {
    return integer("type", VictimAssetQuery::new);
  }

  /**
   * The {@code typeName} keyword of {@code /v3/victimAssets}, which compares a String.
   */
  public static StringCondition<VictimAssetQuery> typeName() {
    return string("typeName", VictimAssetQuery::new);
  }

  /**
   * The {@code victimId} keyword of {@code /v3/victimAssets}, which compares an Integer.
   */
  public static IntegerCondition<VictimAssetQuery> victimId() {
    return integer("victimId", VictimAssetQuery::new);
  }

  /**
   * The {@code victimName} keyword of {@code /v3/victimAssets}, which compares a String.
   */
  public static StringCondition<VictimAssetQuery> victimName() {
    return string("victimName", VictimAssetQuery::new);
  }
}
