package dev.tcpivot.docs.requests;

import static dev.tcpivot.testing.JsonTrees.assertSameJson;
import static dev.tcpivot.testing.JsonTrees.assertWrites;
import static dev.tcpivot.testing.JsonTrees.parse;

import dev.tcpivot.Associations;
import dev.tcpivot.v3.ArtifactRef;
import dev.tcpivot.v3.ArtifactUpdate;
import dev.tcpivot.v3.CaseRef;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.CaseUpdate;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.IntelRequirementUpdate;
import dev.tcpivot.v3.NewArtifact;
import dev.tcpivot.v3.NewCase;
import dev.tcpivot.v3.NewGroup;
import dev.tcpivot.v3.NewIndicator;
import dev.tcpivot.v3.NewVictimAsset;
import dev.tcpivot.v3.VictimAssetRef;
import dev.tcpivot.v3.VictimAssetUpdate;
import dev.tcpivot.v3.VictimUpdate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON block of the "Create and Manage Associations" page (the seed page,
 * {@code v3/associations.rst}; line numbers are the same in both copies), produced by the SDK on
 * every endpoint that can carry it. The page shows each block as a bare {@code "field": {...}}
 * member; the transcriptions below wrap it in braces to make it a JSON object.
 */
class SeedPageBodiesTest {

  // v3/associations.rst L73-81, "New Artifact"
  private static final String NEW_ARTIFACT = """
      {
          "associatedArtifacts": {
              "data": [
                  {
                      "caseId": 12345,
                      "summary": "badguy@bad.com",
                      "type": "Email Address"
                  }
              ]
          }
      }
      """;

  // v3/associations.rst L90-96, "Existing Artifact"
  private static final String EXISTING_ARTIFACT = """
      {
          "associatedArtifacts": {
              "data": [
                  {
                      "id": 12345
                  }
              ]
          }
      }
      """;

  // v3/associations.rst L110-118, "New Case"
  private static final String NEW_CASE = """
      {
          "associatedCases": {
              "data": [
                  {
                      "name": "Phishing Investigation",
                      "severity": "Low",
                      "status": "Open"
                  }
              ]
          }
      }
      """;

  // v3/associations.rst L127-133, "Existing Case"
  private static final String EXISTING_CASE = """
      {
          "associatedCases": {
              "data": [
                  {
                      "id": 12345
                  }
              ]
          }
      }
      """;

  // v3/associations.rst L147-155, "New Group"
  private static final String NEW_GROUP = """
      {
          "associatedGroups": {
              "data": [
                  {
                      "name": "Bad Guy",
                      "type": "Adversary",
                      "ownerName": "Demo Source"
                  }
              ]
          }
      }
      """;

  // v3/associations.rst L164-170, "Existing Group"
  private static final String EXISTING_GROUP = """
      {
          "associatedGroups": {
              "data": [
                  {
                      "id": 12345
                  }
              ]
          }
      }
      """;

  // v3/associations.rst L187-195, "New Indicator"
  private static final String NEW_INDICATOR = """
      {
          "associatedIndicators": {
              "data": [
                  {
                      "hostName": "badguy.com",
                      "type": "Host",
                      "ownerName": "Demo Source"
                  }
              ]
          }
      }
      """;

  // v3/associations.rst L209-215, "Existing Indicator", example (Indicator ID)
  private static final String EXISTING_INDICATOR_BY_ID = """
      {
          "associatedIndicators": {
              "data": [
                  {
                      "id": 12345
                  }
              ]
          }
      }
      """;

  // v3/associations.rst L221-228, "Existing Indicator", example (Indicator Type and Summary)
  private static final String EXISTING_INDICATOR_BY_SUMMARY = """
      {
          "associatedIndicators": {
              "data": [
                  {
                      "type": "Address",
                      "ip": "71.6.135.131"
                  }
              ]
          }
      }
      """;

  // v3/associations.rst L242-250, "New Victim Asset"
  private static final String NEW_VICTIM_ASSET = """
      {
          "associatedVictimAssets": {
              "data": [
                  {
                      "address": "jsmith@companyabc.com",
                      "type": "EmailAddress",
                      "victimId": 12345
                  }
              ]
          }
      }
      """;

  // v3/associations.rst L259-265, "Existing Victim Asset"
  private static final String EXISTING_VICTIM_ASSET = """
      {
          "associatedVictimAssets": {
              "data": [
                  {
                      "id": 12345
                  }
              ]
          }
      }
      """;

  // v3/associations.rst L297-306, "Remove Associations": the body of PUT /v3/indicators/badguy.com
  private static final String REMOVE_ASSOCIATION = """
      {
          "associatedGroups": {
              "data": [
                  {
                      "id": 12345
                  }
              ],
              "mode": "delete"
          }
      }
      """;

  static Stream<Arguments> newArtifact() {
    return Carriers.artifacts(NewArtifact.of(12345, "badguy@bad.com", "Email Address"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void newArtifact(Carriers.Carried carried) {
    assertSameJson(parse(NEW_ARTIFACT), carried.json());
  }

  static Stream<Arguments> existingArtifact() {
    return Carriers.artifacts(ArtifactRef.id(12345));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void existingArtifact(Carriers.Carried carried) {
    assertSameJson(parse(EXISTING_ARTIFACT), carried.json());
  }

  static Stream<Arguments> newCase() {
    return Carriers.cases(NewCase.of("Phishing Investigation", CaseSeverity.LOW, CaseStatus.OPEN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void newCase(Carriers.Carried carried) {
    assertSameJson(parse(NEW_CASE), carried.json());
  }

  static Stream<Arguments> existingCase() {
    return Carriers.cases(CaseRef.id(12345));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void existingCase(Carriers.Carried carried) {
    assertSameJson(parse(EXISTING_CASE), carried.json());
  }

  /**
   * A new Group in a Source names another owner, so only the endpoints that associate across owners
   * take it; /v3/victims and /v3/victimAssets have no method that accepts it.
   */
  static Stream<Arguments> newGroupInASource() {
    return Carriers.groupsAcrossOwners(NewGroup.adversary("Bad Guy").ownerName("Demo Source"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void newGroupInASource(Carriers.Carried carried) {
    assertSameJson(parse(NEW_GROUP), carried.json());
  }

  static Stream<Arguments> existingGroup() {
    return Carriers.groups(GroupRef.id(12345));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void existingGroup(Carriers.Carried carried) {
    assertSameJson(parse(EXISTING_GROUP), carried.json());
  }

  static Stream<Arguments> newIndicatorInASource() {
    return Carriers.indicators(NewIndicator.host("badguy.com").ownerName("Demo Source"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void newIndicatorInASource(Carriers.Carried carried) {
    assertSameJson(parse(NEW_INDICATOR), carried.json());
  }

  static Stream<Arguments> existingIndicatorById() {
    return Carriers.indicators(IndicatorRef.id(12345));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void existingIndicatorById(Carriers.Carried carried) {
    assertSameJson(parse(EXISTING_INDICATOR_BY_ID), carried.json());
  }

  static Stream<Arguments> existingIndicatorByTypeAndSummary() {
    return Carriers.indicators(IndicatorRef.address("71.6.135.131"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void existingIndicatorByTypeAndSummary(Carriers.Carried carried) {
    assertSameJson(parse(EXISTING_INDICATOR_BY_SUMMARY), carried.json());
  }

  static Stream<Arguments> newVictimAsset() {
    return Carriers.victimAssets(NewVictimAsset.emailAddress(12345, "jsmith@companyabc.com"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void newVictimAsset(Carriers.Carried carried) {
    assertSameJson(parse(NEW_VICTIM_ASSET), carried.json());
  }

  static Stream<Arguments> existingVictimAsset() {
    return Carriers.victimAssets(VictimAssetRef.id(12345));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void existingVictimAsset(Carriers.Carried carried) {
    assertSameJson(parse(EXISTING_VICTIM_ASSET), carried.json());
  }

  /** The page says dissociation works the same on every endpoint, by ID. */
  @Test
  void removeAssociationOnEveryEndpoint() {
    assertWrites(REMOVE_ASSOCIATION,
        IndicatorUpdate.builder().associatedGroups(Associations.delete(GroupRef.id(12345))).build());
    assertWrites(REMOVE_ASSOCIATION,
        ArtifactUpdate.builder().associatedGroups(Associations.delete(GroupRef.id(12345))).build());
    assertWrites(REMOVE_ASSOCIATION,
        CaseUpdate.builder().associatedGroups(Associations.delete(GroupRef.id(12345))).build());
    assertWrites(REMOVE_ASSOCIATION,
        GroupUpdate.builder().associatedGroups(Associations.delete(GroupRef.id(12345))).build());
    assertWrites(REMOVE_ASSOCIATION,
        IntelRequirementUpdate.builder().associatedGroups(Associations.delete(GroupRef.id(12345))).build());
    assertWrites(REMOVE_ASSOCIATION,
        VictimUpdate.builder().associatedGroups(Associations.delete(GroupRef.id(12345))).build());
    assertWrites(REMOVE_ASSOCIATION,
        VictimAssetUpdate.builder().associatedGroups(Associations.delete(GroupRef.id(12345))).build());
  }

  /** Bulk links come from lists of IDs: the list forms write the same block as the varargs forms. */
  @Test
  void listFormsWriteTheSameBlocks() {
    assertWrites(REMOVE_ASSOCIATION,
        IndicatorUpdate.builder().associatedGroups(Associations.delete(List.of(GroupRef.id(12345)))).build());
    assertWrites(EXISTING_GROUP,
        IndicatorUpdate.builder().associatedGroups(List.of(GroupRef.id(12345))).build());
  }
}
