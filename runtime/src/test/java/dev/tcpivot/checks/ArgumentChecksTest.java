package dev.tcpivot.checks;

import static dev.tcpivot.testing.JsonTrees.assertWrites;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.Associations;
import dev.tcpivot.Attribute;
import dev.tcpivot.KeywordSection;
import dev.tcpivot.ListOptions;
import dev.tcpivot.Metadata;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.testing.MockApi;
import dev.tcpivot.v3.ArtifactUpdate;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.CaseUpdate;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.IntelRequirementUpdate;
import dev.tcpivot.v3.KeywordComparison;
import dev.tcpivot.v3.NewArtifact;
import dev.tcpivot.v3.NewCase;
import dev.tcpivot.v3.NewGroup;
import dev.tcpivot.v3.NewIndicator;
import dev.tcpivot.v3.NewVictimAsset;
import dev.tcpivot.v3.VictimAssetUpdate;
import dev.tcpivot.v3.VictimUpdate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A sample of the argument checks: each refuses at once, with a message naming the argument. */
class ArgumentChecksTest {

  private static void refused(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }

  @Test
  void requiredFields() {
    refused("name must not be null", () -> NewGroup.adversary(null));
    refused("name must not be blank", () -> NewGroup.adversary("  "));
    refused("hostName must not be blank", () -> IndicatorCreate.host(""));
    refused("severity must not be null", () -> NewCase.of("Phishing Investigation", null, CaseStatus.OPEN));
    refused("summary must not be blank", () -> NewArtifact.of(1, " ", "Email Address"));
    refused("address must not be null", () -> NewVictimAsset.emailAddress(1, null));
    refused("type must not be blank", () -> Attribute.of("", "value"));
    refused("name must not be null", () -> Tag.of(null));
    refused("name must not be blank", () -> SecurityLabel.of(""));
  }

  @Test
  void ids() {
    refused("id must be a positive ID, not 0", () -> GroupRef.id(0));
    refused("id must be a positive ID, not -1", () -> IndicatorRef.id(-1));
    refused("caseId must be a positive ID, not 0", () -> NewArtifact.of(0, "badguy@bad.com", "Email Address"));
    refused("victimId must be a positive ID, not -5", () -> NewVictimAsset.emailAddress(-5, "jsmith@companyabc.com"));
    refused("ownerId must be a positive ID, not 0", () -> NewGroup.adversary("Bad Guy").ownerId(0));
  }

  @Test
  void facadesRefuseBadKeysBeforeSending() {
    try (MockApi api = new MockApi()) {
      ThreatConnect tc = api.hmacClient();
      refused("id must be a positive ID, not 0", () -> tc.groups().get(0));
      refused("id must be a positive ID, not -3", () -> tc.cases().delete(-3));
      refused("body must not be null", () -> tc.victims().create(null));
      refused("body must not be null", () -> tc.indicators().update("badguy.com", null));
      refused("ownerName must not be blank", () -> tc.groups().inOwner(" "));
      refused("options must not be null", () -> tc.artifacts().list((ListOptions) null));
      assertEquals(0, api.requestCount());
    }
  }

  @Test
  void emptyAssociationLists() {
    refused("refs is empty: name at least one", () -> Associations.append());
    refused("refs is empty: name at least one", () -> Associations.replace(List.of()));
    refused("refs is empty: name at least one", () -> Associations.delete(List.of()));
    refused("refs[1] must not be null", () -> Associations.append(GroupRef.id(1), null));
    refused("associatedGroups is empty: name at least one", () -> IndicatorUpdate.builder().associatedGroups());
    refused("associatedIndicators is empty: name at least one",
        () -> GroupCreate.adversary("Bad Guy").associatedIndicators(List.of()));
    refused("items is empty: name at least one", () -> Metadata.append());
    refused("tags is empty: name at least one", () -> IndicatorUpdate.builder().tags());
  }

  @Test
  void updateWithNothingSet() {
    String message = "an update must change something: set a field, an association or metadata";
    for (Executable build : List.<Executable>of(
        () -> ArtifactUpdate.builder().build(),
        () -> CaseUpdate.builder().build(),
        () -> GroupUpdate.builder().build(),
        () -> IndicatorUpdate.builder().build(),
        () -> IntelRequirementUpdate.builder().build(),
        () -> VictimUpdate.builder().build(),
        () -> VictimAssetUpdate.builder().build())) {
      IllegalStateException e = assertThrows(IllegalStateException.class, build);
      assertEquals(message, e.getMessage());
    }
  }

  /** One field carries one block; refs and a block for the same field do not mix. */
  @Test
  void oneBlockPerField() {
    IllegalStateException twoBlocks = assertThrows(IllegalStateException.class,
        () -> CaseUpdate.builder()
            .associatedGroups(Associations.delete(GroupRef.id(1)))
            .associatedGroups(Associations.append(GroupRef.id(2))));
    assertTrue(twoBlocks.getMessage().startsWith("associatedGroups is already set"), twoBlocks.getMessage());
    IllegalStateException refsThenBlock = assertThrows(IllegalStateException.class,
        () -> CaseUpdate.builder()
            .associatedGroups(GroupRef.id(1))
            .associatedGroups(Associations.replace(GroupRef.id(2))));
    assertTrue(refsThenBlock.getMessage().startsWith("associatedGroups is already set"), refsThenBlock.getMessage());
  }

  /** Repeated calls add refs after the earlier ones; nothing is dropped or reordered. */
  @Test
  void refsKeepTheirOrder() {
    assertWrites("""
        {"associatedGroups": {"data": [{"id": 3}, {"name": "Bad Guy", "type": "Adversary"}, {"id": 1}, {"id": 2}]}}
        """,
        IndicatorUpdate.builder()
            .associatedGroups(GroupRef.id(3), NewGroup.adversary("Bad Guy"))
            .associatedGroups(List.of(GroupRef.id(1), GroupRef.id(2)))
            .build());
    assertWrites("""
        {"associatedCases": {"data": [{"id": 9}, {"name": "Phishing Investigation", "severity": "Low", "status": "Open"}, {"id": 4}], "mode": "replace"}}
        """,
        CaseUpdate.builder()
            .associatedCases(Associations.replace(
                dev.tcpivot.v3.CaseRef.id(9),
                NewCase.of("Phishing Investigation", CaseSeverity.LOW, CaseStatus.OPEN),
                dev.tcpivot.v3.CaseRef.id(4)))
            .build());
  }

  @Test
  void listOptionsAndKeywords() {
    refused("pageSize must be between 1 and 10000 (the API's resultLimit maximum), not 0",
        () -> ListOptions.builder().pageSize(0));
    refused("pageSize must be between 1 and 10000 (the API's resultLimit maximum), not 10001",
        () -> ListOptions.builder().pageSize(10_001));
    refused("resultStart must not be negative, not -1", () -> ListOptions.builder().resultStart(-1));
    refused("tql must not be blank", () -> ListOptions.builder().tql(" "));
    refused("sectionNumber must not be negative, not -1",
        () -> KeywordSection.of(KeywordComparison.INCLUDES, -1, "healthcare"));
    refused("keywords is empty: name at least one", () -> KeywordSection.of(KeywordComparison.INCLUDES, 0));
  }
}
