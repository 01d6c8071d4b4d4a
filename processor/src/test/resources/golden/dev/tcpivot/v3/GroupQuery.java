package dev.tcpivot.v3;

import dev.tcpivot.BooleanCondition;
import dev.tcpivot.DateCondition;
import dev.tcpivot.IntegerCondition;
import dev.tcpivot.Query;
import dev.tcpivot.StringCondition;
import javax.annotation.processing.Generated;

/**
 * TQL over {@code /v3/groups}: one static method per keyword of its rows in
 * tql.table, with the operators of the keyword's value type. Queries of this type combine with
 * {@code and} and {@code or}.
 *
 * <p>Taken by {@code tc.groups().list(query, ...)} and {@code count(query)}.
 *
 * <p>Nested in {@code ArtifactQuery.hasGroup(...)}, {@code CaseQuery.hasGroup(...)}, {@code GroupQuery.hasGroup(...)}, {@code IndicatorQuery.hasGroup(...)}, {@code IntelRequirementQuery.hasGroup(...)}, {@code VictimQuery.hasGroup(...)}, {@code VictimAssetQuery.hasGroup(...)}, {@code GroupAttributeQuery.hasGroup(...)}, {@code SecurityLabelQuery.hasGroup(...)}, {@code TagQuery.hasGroup(...)}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class GroupQuery extends Query<GroupQuery> {
  private GroupQuery(Query.Clause clause) {
    super(clause);
  }

  @Override
  protected GroupQuery with(Query.Clause clause) {
    return new GroupQuery(clause);
  }

  /**
   * The {@code aiProvider} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> aiProvider() {
    return string("aiProvider", GroupQuery::new);
  }

  /**
   * The {@code associatedIndicator} keyword of {@code /v3/groups}, which compares an Integer.
   */
  public static IntegerCondition<GroupQuery> associatedIndicator() {
    return integer("associatedIndicator", GroupQuery::new);
  }

  /**
   * The {@code attackTag} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> attackTag() {
    return string("attackTag", GroupQuery::new);
  }

  /**
   * The {@code childGroup} keyword of {@code /v3/groups}, which compares an Integer.
   */
  public static IntegerCondition<GroupQuery> childGroup() {
    return integer("childGroup", GroupQuery::new);
  }

  /**
   * The {@code createdBy} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> createdBy() {
    return string("createdBy", GroupQuery::new);
  }

  /**
   * The {@code dateAdded} keyword of {@code /v3/groups}, which compares a Date.
   */
  public static DateCondition<GroupQuery> dateAdded() {
    return date("dateAdded", GroupQuery::new);
  }

  /**
   * The {@code documentDateAdded} keyword of {@code /v3/groups}, which compares a Date.
   */
  public static DateCondition<GroupQuery> documentDateAdded() {
    return date("documentDateAdded", GroupQuery::new);
  }

  /**
   * The {@code documentFilename} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> documentFilename() {
    return string("documentFilename", GroupQuery::new);
  }

  /**
   * The {@code documentFilesize} keyword of {@code /v3/groups}, which compares an Integer.
   */
  public static IntegerCondition<GroupQuery> documentFilesize() {
    return integer("documentFilesize", GroupQuery::new);
  }

  /**
   * The {@code documentStatus} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> documentStatus() {
    return string("documentStatus", GroupQuery::new);
  }

  /**
   * The {@code documentType} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> documentType() {
    return string("documentType", GroupQuery::new);
  }

  /**
   * The {@code downvoteCount} keyword of {@code /v3/groups}, which compares an Integer.
   */
  public static IntegerCondition<GroupQuery> downvoteCount() {
    return integer("downvoteCount", GroupQuery::new);
  }

  /**
   * The {@code emailDate} keyword of {@code /v3/groups}, which compares a Date.
   */
  public static DateCondition<GroupQuery> emailDate() {
    return date("emailDate", GroupQuery::new);
  }

  /**
   * The {@code emailFrom} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> emailFrom() {
    return string("emailFrom", GroupQuery::new);
  }

  /**
   * The {@code emailScore} keyword of {@code /v3/groups}, which compares an Integer.
   */
  public static IntegerCondition<GroupQuery> emailScore() {
    return integer("emailScore", GroupQuery::new);
  }

  /**
   * The {@code emailScoreIncludesBody} keyword of {@code /v3/groups}, which compares a Boolean.
   */
  public static BooleanCondition<GroupQuery> emailScoreIncludesBody() {
    return bool("emailScoreIncludesBody", GroupQuery::new);
  }

  /**
   * The {@code emailSubject} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> emailSubject() {
    return string("emailSubject", GroupQuery::new);
  }

  /**
   * The {@code eventDate} keyword of {@code /v3/groups}, which compares a Date.
   */
  public static DateCondition<GroupQuery> eventDate() {
    return date("eventDate", GroupQuery::new);
  }

  /**
   * The {@code eventType} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> eventType() {
    return string("eventType", GroupQuery::new);
  }

  /**
   * The {@code externalDateAdded} keyword of {@code /v3/groups}, which compares a Date.
   */
  public static DateCondition<GroupQuery> externalDateAdded() {
    return date("externalDateAdded", GroupQuery::new);
  }

  /**
   * The {@code externalDateExpires} keyword of {@code /v3/groups}, which compares a Date.
   */
  public static DateCondition<GroupQuery> externalDateExpires() {
    return date("externalDateExpires", GroupQuery::new);
  }

  /**
   * The {@code externalLastModified} keyword of {@code /v3/groups}, which compares a Date.
   */
  public static DateCondition<GroupQuery> externalLastModified() {
    return date("externalLastModified", GroupQuery::new);
  }

  /**
   * The {@code firstSeen} keyword of {@code /v3/groups}, which compares a Date.
   */
  public static DateCondition<GroupQuery> firstSeen() {
    return date("firstSeen", GroupQuery::new);
  }

  /**
   * The {@code generatedReport} keyword of {@code /v3/groups}, which compares a Boolean.
   */
  public static BooleanCondition<GroupQuery> generatedReport() {
    return bool("generatedReport", GroupQuery::new);
  }

  /**
   * The {@code hasAllTags(...)} keyword of {@code /v3/groups}: a nested query, in which
   * {@code query} runs over {@code /v3/tags}.
   */
  public static GroupQuery hasAllTags(TagQuery query) {
    return new GroupQuery(nested("hasAllTags", query));
  }

  /**
   * The {@code hasArtifact(...)} keyword of {@code /v3/groups}: a nested query, in which
   * {@code query} runs over {@code /v3/artifacts}.
   */
  public static GroupQuery hasArtifact(ArtifactQuery query) {
    return new GroupQuery(nested("hasArtifact", query));
  }

  /**
   * The {@code hasAttribute(...)} keyword of {@code /v3/groups}: a nested query, in which
   * {@code query} runs over {@code /v3/groupAttributes}.
   */
  public static GroupQuery hasAttribute(GroupAttributeQuery query) {
    return new GroupQuery(nested("hasAttribute", query));
  }

  /**
   * The {@code hasCase(...)} keyword of {@code /v3/groups}: a nested query, in which
   * {@code query} runs over {@code /v3/cases}.
   */
  public static GroupQuery hasCase(CaseQuery query) {
    return new GroupQuery(nested("hasCase", query));
  }

  /**
   * The {@code hasCommonGroup} keyword of {@code /v3/groups}, which compares an Integer.
   */
  public static IntegerCondition<GroupQuery> hasCommonGroup() {
    return integer("hasCommonGroup", GroupQuery::new);
  }

  /**
   * The {@code hasGroup(...)} keyword of {@code /v3/groups}: a nested query, in which
   * {@code query} runs over {@code /v3/groups}.
   */
  public static GroupQuery hasGroup(GroupQuery query) {
    return new GroupQuery(nested("hasGroup", query));
  }

  /**
   * The {@code hasIndicator(...)} keyword of {@code /v3/groups}: a nested query, in which
   * {@code query} runs over {@code /v3/indicators}.
   */
  public static GroupQuery hasIndicator(IndicatorQuery query) {
    return new GroupQuery(nested("hasIndicator", query));
  }

  /**
   * The {@code hasIntelQuery} keyword of {@code /v3/groups}, which compares an Integer.
   */
  public static IntegerCondition<GroupQuery> hasIntelQuery() {
    return integer("hasIntelQuery", GroupQuery::new);
  }

  /**
   * The {@code hasSecurityLabel(...)} keyword of {@code /v3/groups}: a nested query, in which
   * {@code query} runs over {@code /v3/securityLabels}.
   */
  public static GroupQuery hasSecurityLabel(SecurityLabelQuery query) {
    return new GroupQuery(nested("hasSecurityLabel", query));
  }

  /**
   * The {@code hasTag(...)} keyword of {@code /v3/groups}: a nested query, in which
   * {@code query} runs over {@code /v3/tags}.
   */
  public static GroupQuery hasTag(TagQuery query) {
    return new GroupQuery(nested("hasTag", query));
  }

  /**
   * The {@code hasThreatActorProfile} keyword of {@code /v3/groups}, which compares an Integer.
   */
  public static IntegerCondition<GroupQuery> hasThreatActorProfile() {
    return integer("hasThreatActorProfile", GroupQuery::new);
  }

  /**
   * The {@code hasVictim(...)} keyword of {@code /v3/groups}: a nested query, in which
   * {@code query} runs over {@code /v3/victims}.
   */
  public static GroupQuery hasVictim(VictimQuery query) {
    return new GroupQuery(nested("hasVictim", query));
  }

  /**
   * The {@code hasVictimAsset(...)} keyword of {@code /v3/groups}: a nested query, in which
   * {@code query} runs over {@code /v3/victimAssets}.
   */
  public static GroupQuery hasVictimAsset(VictimAssetQuery query) {
    return new GroupQuery(nested("hasVictimAsset", query));
  }

  /**
   * The {@code id} keyword of {@code /v3/groups}, which compares an Integer.
   */
  public static IntegerCondition<GroupQuery> id() {
    return integer("id", GroupQuery::new);
  }

  /**
   * The {@code insights} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> insights() {
    return string("insights", GroupQuery::new);
  }

  /**
   * The {@code isGroup} keyword of {@code /v3/groups}, which compares a Boolean.
   */
  public static BooleanCondition<GroupQuery> isGroup() {
    return bool("isGroup", GroupQuery::new);
  }

  /**
   * The {@code lastModified} keyword of {@code /v3/groups}, which compares a Date.
   */
  public static DateCondition<GroupQuery> lastModified() {
    return date("lastModified", GroupQuery::new);
  }

  /**
   * The {@code lastSeen} keyword of {@code /v3/groups}, which compares a Date.
   */
  public static DateCondition<GroupQuery> lastSeen() {
    return date("lastSeen", GroupQuery::new);
  }

  /**
   * The {@code owner} keyword of {@code /v3/groups}, which compares an Integer.
   */
  public static IntegerCondition<GroupQuery> owner() {
    return integer("owner", GroupQuery::new);
  }

  /**
   * The {@code ownerName} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> ownerName() {
    return string("ownerName", GroupQuery::new);
  }

  /**
   * The {@code parentGroup} keyword of {@code /v3/groups}, which compares an Integer.
   */
  public static IntegerCondition<GroupQuery> parentGroup() {
    return integer("parentGroup", GroupQuery::new);
  }

  /**
   * The {@code publishDate} keyword of {@code /v3/groups}, which compares a Date.
   */
  public static DateCondition<GroupQuery> publishDate() {
    return date("publishDate", GroupQuery::new);
  }

  /**
   * The {@code securityLabel} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> securityLabel() {
    return string("securityLabel", GroupQuery::new);
  }

  /**
   * The {@code signatureDateAdded} keyword of {@code /v3/groups}, which compares a Date.
   */
  public static DateCondition<GroupQuery> signatureDateAdded() {
    return date("signatureDateAdded", GroupQuery::new);
  }

  /**
   * The {@code signatureFilename} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> signatureFilename() {
    return string("signatureFilename", GroupQuery::new);
  }

  /**
   * The {@code signatureType} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> signatureType() {
    return string("signatureType", GroupQuery::new);
  }

  /**
   * The {@code status} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> status() {
    return string("status", GroupQuery::new);
  }

  /**
   * The {@code summary} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> summary() {
    return string("summary", GroupQuery::new);
  }

  /**
   * The {@code tag} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> tag() {
    return string("tag", GroupQuery::new);
  }

  /**
   * The {@code tagOwner} keyword of {@code /v3/groups}, which compares an Integer.
   */
  public static IntegerCondition<GroupQuery> tagOwner() {
    return integer("tagOwner", GroupQuery::new);
  }

  /**
   * The {@code tagOwnerName} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> tagOwnerName() {
    return string("tagOwnerName", GroupQuery::new);
  }

  /**
   * The {@code taskAssignee} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> taskAssignee() {
    return string("taskAssignee", GroupQuery::new);
  }

  /**
   * The {@code taskAssigneePseudo} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> taskAssigneePseudo() {
    return string("taskAssigneePseudo", GroupQuery::new);
  }

  /**
   * The {@code taskDateAdded} keyword of {@code /v3/groups}, which compares a Date.
   */
  public static DateCondition<GroupQuery> taskDateAdded() {
    return date("taskDateAdded", GroupQuery::new);
  }

  /**
   * The {@code taskDueDate} keyword of {@code /v3/groups}, which compares a Date.
   */
  public static DateCondition<GroupQuery> taskDueDate() {
    return date("taskDueDate", GroupQuery::new);
  }

  /**
   * The {@code taskEscalated} keyword of {@code /v3/groups}, which compares a Boolean.
   */
  public static BooleanCondition<GroupQuery> taskEscalated() {
    return bool("taskEscalated", GroupQuery::new);
  }

  /**
   * The {@code taskEscalationDate} keyword of {@code /v3/groups}, which compares a Date.
   */
  public static DateCondition<GroupQuery> taskEscalationDate() {
    return date("taskEscalationDate", GroupQuery::new);
  }

  /**
   * The {@code taskOverdue} keyword of {@code /v3/groups}, which compares a Boolean.
   */
  public static BooleanCondition<GroupQuery> taskOverdue() {
    return bool("taskOverdue", GroupQuery::new);
  }

  /**
   * The {@code taskReminded} keyword of {@code /v3/groups}, which compares a Boolean.
   */
  public static BooleanCondition<GroupQuery> taskReminded() {
    return bool("taskReminded", GroupQuery::new);
  }

  /**
   * The {@code taskReminderDate} keyword of {@code /v3/groups}, which compares a Date.
   */
  public static DateCondition<GroupQuery> taskReminderDate() {
    return date("taskReminderDate", GroupQuery::new);
  }

  /**
   * The {@code taskStatus} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> taskStatus() {
    return string("taskStatus", GroupQuery::new);
  }

  /**
   * The {@code type} keyword of {@code /v3/groups}, which compares an Integer.
   */
  public static IntegerCondition<GroupQuery> type() {
    return integer("type", GroupQuery::new);
  }

  /**
   * The {@code typeName} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> typeName() {
    return string("typeName", GroupQuery::new);
  }

  /**
   * The {@code upvoteCount} keyword of {@code /v3/groups}, which compares an Integer.
   */
  public static IntegerCondition<GroupQuery> upvoteCount() {
    return integer("upvoteCount", GroupQuery::new);
  }

  /**
   * The {@code victimAsset} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> victimAsset() {
    return string("victimAsset", GroupQuery::new);
  }

  /**
   * The {@code associatedGroupSource} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> associatedGroupSource() {
    return string("associatedGroupSource", GroupQuery::new);
  }

  /**
   * The {@code associatedIndicatorSource} keyword of {@code /v3/groups}, which compares a String.
   */
  public static StringCondition<GroupQuery> associatedIndicatorSource() {
    return string("associatedIndicatorSource", GroupQuery::new);
  }
}
