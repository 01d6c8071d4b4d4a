package dev.tcpivot.docs.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.KeywordSection;
import dev.tcpivot.Ref;
import dev.tcpivot.SameOwnerRef;
import dev.tcpivot.testing.JsonTrees;
import dev.tcpivot.v3.Artifact;
import dev.tcpivot.v3.ArtifactCreate;
import dev.tcpivot.v3.ArtifactUpdate;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.CaseCreate;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.CaseUpdate;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.IntelRequirementCreate;
import dev.tcpivot.v3.IntelRequirementUpdate;
import dev.tcpivot.v3.KeywordComparison;
import dev.tcpivot.v3.VictimAsset;
import dev.tcpivot.v3.VictimAssetCreate;
import dev.tcpivot.v3.VictimAssetUpdate;
import dev.tcpivot.v3.VictimCreate;
import dev.tcpivot.v3.VictimUpdate;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Request bodies that carry one association, for every endpoint whose row of the association table
 * (v3/associations.rst L17-57) lists the associated type: the PUT body of each endpoint (which then
 * holds nothing else) and the association field of its POST body (which also holds the fields
 * required to create the object).
 */
final class Carriers {
  private Carriers() {}

  /** The part of a body that the test compares: all of an update, one field of a create. */
  record Carried(String label, Object body, String field) {
    JsonNode json() {
      JsonNode written = JsonTrees.written(body);
      if (field == null) {
        return written;
      }
      ObjectNode only = JsonNodeFactory.instance.objectNode();
      if (written.has(field)) {
        only.set(field, written.get(field));
      }
      return only;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private static Arguments update(String label, Object body) {
    return Arguments.of(new Carried(label, body, null));
  }

  private static Arguments create(String label, Object body, String field) {
    return Arguments.of(new Carried(label, body, field));
  }

  private static IntelRequirementCreate.Builder newIr() {
    return IntelRequirementCreate.of(
        "Carrier requirement", "IR-900", 1, KeywordSection.of(KeywordComparison.INCLUDES, 0, "carrier"));
  }

  /** /v3/groups, /v3/indicators, /v3/intelRequirements associate Artifacts. */
  static Stream<Arguments> artifacts(Ref<Artifact> ref) {
    String f = "associatedArtifacts";
    return Stream.of(
        update("GroupUpdate", GroupUpdate.builder().associatedArtifacts(ref).build()),
        update("IndicatorUpdate", IndicatorUpdate.builder().associatedArtifacts(ref).build()),
        update("IntelRequirementUpdate", IntelRequirementUpdate.builder().associatedArtifacts(ref).build()),
        create("GroupCreate", GroupCreate.adversary("Carrier").associatedArtifacts(ref).build(), f),
        create("IndicatorCreate", IndicatorCreate.host("carrier.example").associatedArtifacts(ref).build(), f),
        create("IntelRequirementCreate", newIr().associatedArtifacts(ref).build(), f));
  }

  /** /v3/cases, /v3/groups, /v3/indicators, /v3/intelRequirements associate Cases. */
  static Stream<Arguments> cases(Ref<Case> ref) {
    String f = "associatedCases";
    return Stream.of(
        update("CaseUpdate", CaseUpdate.builder().associatedCases(ref).build()),
        update("GroupUpdate", GroupUpdate.builder().associatedCases(ref).build()),
        update("IndicatorUpdate", IndicatorUpdate.builder().associatedCases(ref).build()),
        update("IntelRequirementUpdate", IntelRequirementUpdate.builder().associatedCases(ref).build()),
        create("CaseCreate", CaseCreate.of("Carrier", CaseSeverity.LOW, CaseStatus.OPEN).associatedCases(ref).build(), f),
        create("GroupCreate", GroupCreate.adversary("Carrier").associatedCases(ref).build(), f),
        create("IndicatorCreate", IndicatorCreate.host("carrier.example").associatedCases(ref).build(), f),
        create("IntelRequirementCreate", newIr().associatedCases(ref).build(), f));
  }

  /** The five endpoints that associate Groups across owners. */
  static Stream<Arguments> groupsAcrossOwners(Ref<Group> ref) {
    String f = "associatedGroups";
    return Stream.of(
        update("ArtifactUpdate", ArtifactUpdate.builder().associatedGroups(ref).build()),
        update("CaseUpdate", CaseUpdate.builder().associatedGroups(ref).build()),
        update("GroupUpdate", GroupUpdate.builder().associatedGroups(ref).build()),
        update("IndicatorUpdate", IndicatorUpdate.builder().associatedGroups(ref).build()),
        update("IntelRequirementUpdate", IntelRequirementUpdate.builder().associatedGroups(ref).build()),
        create("ArtifactCreate", ArtifactCreate.of(1, "carrier.example", "Host").associatedGroups(ref).build(), f),
        create("CaseCreate", CaseCreate.of("Carrier", CaseSeverity.LOW, CaseStatus.OPEN).associatedGroups(ref).build(), f),
        create("GroupCreate", GroupCreate.adversary("Carrier").associatedGroups(ref).build(), f),
        create("IndicatorCreate", IndicatorCreate.host("carrier.example").associatedGroups(ref).build(), f),
        create("IntelRequirementCreate", newIr().associatedGroups(ref).build(), f));
  }

  /** All seven endpoints associate Groups; /v3/victims and /v3/victimAssets only in their owner. */
  static Stream<Arguments> groups(SameOwnerRef<Group> ref) {
    String f = "associatedGroups";
    return Stream.concat(
        groupsAcrossOwners(ref),
        Stream.of(
            update("VictimUpdate", VictimUpdate.builder().associatedGroups(ref).build()),
            update("VictimAssetUpdate", VictimAssetUpdate.builder().associatedGroups(ref).build()),
            create("VictimCreate", VictimCreate.of("Carrier").associatedGroups(ref).build(), f),
            create("VictimAssetCreate", VictimAssetCreate.phone(1, "0123456789").associatedGroups(ref).build(), f)));
  }

  /** /v3/artifacts, /v3/cases, /v3/groups, /v3/indicators, /v3/intelRequirements associate Indicators. */
  static Stream<Arguments> indicators(Ref<Indicator> ref) {
    String f = "associatedIndicators";
    return Stream.of(
        update("ArtifactUpdate", ArtifactUpdate.builder().associatedIndicators(ref).build()),
        update("CaseUpdate", CaseUpdate.builder().associatedIndicators(ref).build()),
        update("GroupUpdate", GroupUpdate.builder().associatedIndicators(ref).build()),
        update("IndicatorUpdate", IndicatorUpdate.builder().associatedIndicators(ref).build()),
        update("IntelRequirementUpdate", IntelRequirementUpdate.builder().associatedIndicators(ref).build()),
        create("ArtifactCreate", ArtifactCreate.of(1, "carrier.example", "Host").associatedIndicators(ref).build(), f),
        create("CaseCreate", CaseCreate.of("Carrier", CaseSeverity.LOW, CaseStatus.OPEN).associatedIndicators(ref).build(), f),
        create("GroupCreate", GroupCreate.adversary("Carrier").associatedIndicators(ref).build(), f),
        create("IndicatorCreate", IndicatorCreate.host("carrier.example").associatedIndicators(ref).build(), f),
        create("IntelRequirementCreate", newIr().associatedIndicators(ref).build(), f));
  }

  /** /v3/groups and /v3/intelRequirements associate Victim Assets. */
  static Stream<Arguments> victimAssets(Ref<VictimAsset> ref) {
    String f = "associatedVictimAssets";
    return Stream.of(
        update("GroupUpdate", GroupUpdate.builder().associatedVictimAssets(ref).build()),
        update("IntelRequirementUpdate", IntelRequirementUpdate.builder().associatedVictimAssets(ref).build()),
        create("GroupCreate", GroupCreate.adversary("Carrier").associatedVictimAssets(ref).build(), f),
        create("IntelRequirementCreate", newIr().associatedVictimAssets(ref).build(), f));
  }
}
