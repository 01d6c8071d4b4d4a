package dev.tcpivot.v3;

import dev.tcpivot.BooleanCondition;
import dev.tcpivot.DateCondition;
import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/indicators}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 *
 * <p>Taken by {@code tc.indicators().list(query, ...)} and {@code count(query)}.
 *
 * <p>Nested in {@code ArtifactQuery.hasIndicator(...)}, {@code CaseQuery.hasIndicator(...)}, {@code GroupQuery.hasIndicator(...)}, {@code IndicatorQuery.hasIndicator(...)}, {@code IntelRequirementQuery.hasIndicator(...)}, {@code VictimQuery.hasIndicator(...)}, {@code VictimAssetQuery.hasIndicator(...)}, {@code IndicatorAttributeQuery.hasIndicator(...)}, {@code SecurityLabelQuery.hasIndicator(...)}, {@code TagQuery.hasIndicator(...)}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class IndicatorQuery extends Query<IndicatorQuery> {
  private IndicatorQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected IndicatorQuery with(Query.Clause clause) {
    return new IndicatorQuery(clause);
  }

  /**
   * The {@code abuseIpdbConfidenceScore} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> abuseIpdbConfidenceScore() {
    return integer("abuseIpdbConfidenceScore", IndicatorQuery::new);
  }

  /**
   * The {@code activeLocked} keyword of {@code /v3/indicators}, which compares a Boolean.
   */
  public static BooleanCondition<IndicatorQuery> activeLocked() {
    return bool("activeLocked", IndicatorQuery::new);
  }

  /**
   * The {@code addressAsn} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> addressAsn() {
    return integer("addressAsn", IndicatorQuery::new);
  }

  /**
   * The {@code addressCidr} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> addressCidr() {
    return string("addressCidr", IndicatorQuery::new);
  }

  /**
   * The {@code addressCity} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> addressCity() {
    return string("addressCity", IndicatorQuery::new);
  }

  /**
   * The {@code addressCountryCode} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> addressCountryCode() {
    return string("addressCountryCode", IndicatorQuery::new);
  }

  /**
   * The {@code addressCountryName} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> addressCountryName() {
    return string("addressCountryName", IndicatorQuery::new);
  }

  /**
   * The {@code addressIpVal} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> addressIpVal() {
    return integer("addressIpVal", IndicatorQuery::new);
  }

  /**
   * The {@code addressIsIpv6} keyword of {@code /v3/indicators}, which compares a Boolean.
   */
  public static BooleanCondition<IndicatorQuery> addressIsIpv6() {
    return bool("addressIsIpv6", IndicatorQuery::new);
  }

  /**
   * The {@code addressRegisteringOrg} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> addressRegisteringOrg() {
    return string("addressRegisteringOrg", IndicatorQuery::new);
  }

  /**
   * The {@code addressState} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> addressState() {
    return string("addressState", IndicatorQuery::new);
  }

  /**
   * The {@code addressTimezone} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> addressTimezone() {
    return string("addressTimezone", IndicatorQuery::new);
  }

  /**
   * The {@code associatedGroup} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> associatedGroup() {
    return integer("associatedGroup", IndicatorQuery::new);
  }

  /**
   * The {@code attackTag} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> attackTag() {
    return string("attackTag", IndicatorQuery::new);
  }

  /**
   * The {@code calScore} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> calScore() {
    return integer("calScore", IndicatorQuery::new);
  }

  /**
   * The {@code commonId} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> commonId() {
    return integer("commonId", IndicatorQuery::new);
  }

  /**
   * The {@code confidence} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> confidence() {
    return integer("confidence", IndicatorQuery::new);
  }

  /**
   * The {@code dateAdded} keyword of {@code /v3/indicators}, which compares a Date.
   */
  public static DateCondition<IndicatorQuery> dateAdded() {
    return date("dateAdded", IndicatorQuery::new);
  }

  /**
   * The {@code description} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> description() {
    return string("description", IndicatorQuery::new);
  }

  /**
   * The {@code dtLastUpdated} keyword of {@code /v3/indicators}, which compares a Date.
   */
  public static DateCondition<IndicatorQuery> dtLastUpdated() {
    return date("dtLastUpdated", IndicatorQuery::new);
  }

  /**
   * The {@code dtMalwareScore} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> dtMalwareScore() {
    return integer("dtMalwareScore", IndicatorQuery::new);
  }

  /**
   * The {@code dtOverallScore} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> dtOverallScore() {
    return integer("dtOverallScore", IndicatorQuery::new);
  }

  /**
   * The {@code dtPhishingScore} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> dtPhishingScore() {
    return integer("dtPhishingScore", IndicatorQuery::new);
  }

  /**
   * The {@code dtSpamScore} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> dtSpamScore() {
    return integer("dtSpamScore", IndicatorQuery::new);
  }

  /**
   * The {@code dtStatus} keyword of {@code /v3/indicators}, which compares a Boolean.
   */
  public static BooleanCondition<IndicatorQuery> dtStatus() {
    return bool("dtStatus", IndicatorQuery::new);
  }

  /**
   * The {@code externalDateAdded} keyword of {@code /v3/indicators}, which compares a Date.
   */
  public static DateCondition<IndicatorQuery> externalDateAdded() {
    return date("externalDateAdded", IndicatorQuery::new);
  }

  /**
   * The {@code externalDateExpires} keyword of {@code /v3/indicators}, which compares a Date.
   */
  public static DateCondition<IndicatorQuery> externalDateExpires() {
    return date("externalDateExpires", IndicatorQuery::new);
  }

  /**
   * The {@code externalLastModified} keyword of {@code /v3/indicators}, which compares a Date.
   */
  public static DateCondition<IndicatorQuery> externalLastModified() {
    return date("externalLastModified", IndicatorQuery::new);
  }

  /**
   * The {@code falsePositiveCount} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> falsePositiveCount() {
    return integer("falsePositiveCount", IndicatorQuery::new);
  }

  /**
   * The {@code fileSize} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> fileSize() {
    return integer("fileSize", IndicatorQuery::new);
  }

  /**
   * The {@code firstSeen} keyword of {@code /v3/indicators}, which compares a Date.
   */
  public static DateCondition<IndicatorQuery> firstSeen() {
    return date("firstSeen", IndicatorQuery::new);
  }

  /**
   * The {@code hasAllTags(...)} keyword of {@code /v3/indicators}: a nested query, in which
   * {@code query} runs over {@code /v3/tags}.
   */
  public static IndicatorQuery hasAllTags(TagQuery query) {
    return new IndicatorQuery(nested("hasAllTags", query));
  }

  /**
   * The {@code hasArtifact(...)} keyword of {@code /v3/indicators}: a nested query, in which
   * {@code query} runs over {@code /v3/artifacts}.
   */
  public static IndicatorQuery hasArtifact(ArtifactQuery query) {
    return new IndicatorQuery(nested("hasArtifact", query));
  }

  /**
   * The {@code hasAttribute(...)} keyword of {@code /v3/indicators}: a nested query, in which
   * {@code query} runs over {@code /v3/indicatorAttributes}.
   */
  public static IndicatorQuery hasAttribute(IndicatorAttributeQuery query) {
    return new IndicatorQuery(nested("hasAttribute", query));
  }

  /**
   * The {@code hasCase(...)} keyword of {@code /v3/indicators}: a nested query, in which
   * {@code query} runs over {@code /v3/cases}.
   */
  public static IndicatorQuery hasCase(CaseQuery query) {
    return new IndicatorQuery(nested("hasCase", query));
  }

  /**
   * The {@code hasCustomAssociation} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> hasCustomAssociation() {
    return integer("hasCustomAssociation", IndicatorQuery::new);
  }

  /**
   * The {@code hasGroup(...)} keyword of {@code /v3/indicators}: a nested query, in which
   * {@code query} runs over {@code /v3/groups}.
   */
  public static IndicatorQuery hasGroup(GroupQuery query) {
    return new IndicatorQuery(nested("hasGroup", query));
  }

  /**
   * The {@code hasIndicator(...)} keyword of {@code /v3/indicators}: a nested query, in which
   * {@code query} runs over {@code /v3/indicators}.
   */
  public static IndicatorQuery hasIndicator(IndicatorQuery query) {
    return new IndicatorQuery(nested("hasIndicator", query));
  }

  /**
   * The {@code hasSecurityLabel(...)} keyword of {@code /v3/indicators}: a nested query, in which
   * {@code query} runs over {@code /v3/securityLabels}.
   */
  public static IndicatorQuery hasSecurityLabel(SecurityLabelQuery query) {
    return new IndicatorQuery(nested("hasSecurityLabel", query));
  }

  /**
   * The {@code hasTag(...)} keyword of {@code /v3/indicators}: a nested query, in which
   * {@code query} runs over {@code /v3/tags}.
   */
  public static IndicatorQuery hasTag(TagQuery query) {
    return new IndicatorQuery(nested("hasTag", query));
  }

  /**
   * The {@code hasVictim(...)} keyword of {@code /v3/indicators}: a nested query, in which
   * {@code query} runs over {@code /v3/victims}.
   */
  public static IndicatorQuery hasVictim(VictimQuery query) {
    return new IndicatorQuery(nested("hasVictim", query));
  }

  /**
   * The {@code hasVictimAsset(...)} keyword of {@code /v3/indicators}: a nested query, in which
   * {@code query} runs over {@code /v3/victimAssets}.
   */
  public static IndicatorQuery hasVictimAsset(VictimAssetQuery query) {
    return new IndicatorQuery(nested("hasVictimAsset", query));
  }

  /**
   * The {@code hostDnsActive} keyword of {@code /v3/indicators}, which compares a Boolean.
   */
  public static BooleanCondition<IndicatorQuery> hostDnsActive() {
    return bool("hostDnsActive", IndicatorQuery::new);
  }

  /**
   * The {@code hostWhoisActive} keyword of {@code /v3/indicators}, which compares a Boolean.
   */
  public static BooleanCondition<IndicatorQuery> hostWhoisActive() {
    return bool("hostWhoisActive", IndicatorQuery::new);
  }

  /**
   * The {@code id} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> id() {
    return integer("id", IndicatorQuery::new);
  }

  /**
   * The {@code indicatorActive} keyword of {@code /v3/indicators}, which compares a Boolean.
   */
  public static BooleanCondition<IndicatorQuery> indicatorActive() {
    return bool("indicatorActive", IndicatorQuery::new);
  }

  /**
   * The {@code lastFalsePositive} keyword of {@code /v3/indicators}, which compares a Date.
   */
  public static DateCondition<IndicatorQuery> lastFalsePositive() {
    return date("lastFalsePositive", IndicatorQuery::new);
  }

  /**
   * The {@code lastModified} keyword of {@code /v3/indicators}, which compares a Date.
   */
  public static DateCondition<IndicatorQuery> lastModified() {
    return date("lastModified", IndicatorQuery::new);
  }

  /**
   * The {@code lastObserved} keyword of {@code /v3/indicators}, which compares a Date.
   */
  public static DateCondition<IndicatorQuery> lastObserved() {
    return date("lastObserved", IndicatorQuery::new);
  }

  /**
   * The {@code lastSeen} keyword of {@code /v3/indicators}, which compares a Date.
   */
  public static DateCondition<IndicatorQuery> lastSeen() {
    return date("lastSeen", IndicatorQuery::new);
  }

  /**
   * The {@code observationCount} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> observationCount() {
    return integer("observationCount", IndicatorQuery::new);
  }

  /**
   * The {@code owner} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> owner() {
    return integer("owner", IndicatorQuery::new);
  }

  /**
   * The {@code ownerName} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> ownerName() {
    return string("ownerName", IndicatorQuery::new);
  }

  /**
   * The {@code rating} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> rating() {
    return integer("rating", IndicatorQuery::new);
  }

  /**
   * The {@code riskIqClassification} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> riskIqClassification() {
    return string("riskIqClassification", IndicatorQuery::new);
  }

  /**
   * The {@code riskIqReputationScore} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> riskIqReputationScore() {
    return integer("riskIqReputationScore", IndicatorQuery::new);
  }

  /**
   * The {@code securityLabel} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> securityLabel() {
    return string("securityLabel", IndicatorQuery::new);
  }

  /**
   * The {@code source} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> source() {
    return string("source", IndicatorQuery::new);
  }

  /**
   * The {@code summary} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> summary() {
    return string("summary", IndicatorQuery::new);
  }

  /**
   * The {@code tag} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> tag() {
    return string("tag", IndicatorQuery::new);
  }

  /**
   * The {@code tagOwner} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> tagOwner() {
    return integer("tagOwner", IndicatorQuery::new);
  }

  /**
   * The {@code tagOwnerName} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> tagOwnerName() {
    return string("tagOwnerName", IndicatorQuery::new);
  }

  /**
   * The {@code threatAssessScore} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> threatAssessScore() {
    return integer("threatAssessScore", IndicatorQuery::new);
  }

  /**
   * The {@code type} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> type() {
    return integer("type", IndicatorQuery::new);
  }

  /**
   * The {@code typeName} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> typeName() {
    return string("typeName", IndicatorQuery::new);
  }

  /**
   * The {@code value1} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> value1() {
    return string("value1", IndicatorQuery::new);
  }

  /**
   * The {@code value2} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> value2() {
    return string("value2", IndicatorQuery::new);
  }

  /**
   * The {@code value3} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> value3() {
    return string("value3", IndicatorQuery::new);
  }

  /**
   * The {@code vtLastUpdated} keyword of {@code /v3/indicators}, which compares a Date.
   */
  public static DateCondition<IndicatorQuery> vtLastUpdated() {
    return date("vtLastUpdated", IndicatorQuery::new);
  }

  /**
   * The {@code vtMaliciousCount} keyword of {@code /v3/indicators}, which compares an Integer.
   */
  public static IntegerCondition<IndicatorQuery> vtMaliciousCount() {
    return integer("vtMaliciousCount", IndicatorQuery::new);
  }

  /**
   * The {@code associatedGroupSource} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> associatedGroupSource() {
    return string("associatedGroupSource", IndicatorQuery::new);
  }

  /**
   * The {@code associatedIndicatorSource} keyword of {@code /v3/indicators}, which compares a String.
   */
  public static StringCondition<IndicatorQuery> associatedIndicatorSource() {
    return string("associatedIndicatorSource", IndicatorQuery::new);
  }

  /**
   * The {@code threatAssessLastUpdated} keyword of {@code /v3/indicators}, which compares a Date.
   */
  public static DateCondition<IndicatorQuery> threatAssessLastUpdated() {
    return date("threatAssessLastUpdated", IndicatorQuery::new);
  }
}
