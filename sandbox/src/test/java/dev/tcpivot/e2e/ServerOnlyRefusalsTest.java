package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.Victim;
import dev.tcpivot.v3.VictimAsset;
import dev.tcpivot.v3.VictimAssetField;
import dev.tcpivot.v3.VictimAssetUpdate;
import dev.tcpivot.v3.VictimField;
import dev.tcpivot.v3.VictimUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * What the compiler cannot know and only the server can: an ID that names a Group in another owner
 * on an endpoint whose row refuses associations across owners (v3/associations.rst L49-54), and an
 * ID that names nothing (v3/http_status_codes.rst: 404). Each surfaces as a {@link
 * ThreatConnectException} with the status and the server's message, and links nothing.
 */
@ExtendWith(SandboxExtension.class)
class ServerOnlyRefusalsTest {
  /** /v3/victims | Groups | No (L52-54): a Group of Demo Source named by ID. */
  @Test
  void victimRefusesAGroupOfAnotherOwnerById(ThreatConnect tc) {
    Existing existing = new Existing(tc);
    Group inSource = existing.aGroupIn(Existing.DEMO_SOURCE);
    Victim victim = existing.aVictim();

    ThreatConnectException onPut =
        refused(
            400,
            () ->
                tc.victims()
                    .update(
                        victim.id(),
                        VictimUpdate.builder()
                            .associatedGroups(GroupRef.id(inSource.id()))
                            .build()));
    ThreatConnectException onPost =
        refused(
            400,
            () ->
                tc.victims()
                    .create(Bodies.victim().associatedGroups(GroupRef.id(inSource.id())).build()));

    assertEquals("/api/v3/victims/" + victim.id(), onPut.path());
    assertEquals("/api/v3/victims", onPost.path());
    assertEquals(
        0, tc.victims().get(victim.id(), VictimField.ASSOCIATED_GROUPS).associatedGroups().size());
  }

  /** /v3/victimAssets | Groups | No (L49-51): a Group of Demo Source named by ID. */
  @Test
  void victimAssetRefusesAGroupOfAnotherOwnerById(ThreatConnect tc) {
    Existing existing = new Existing(tc);
    Group inSource = existing.aGroupIn(Existing.DEMO_SOURCE);
    VictimAsset asset = existing.aVictimAsset();

    refused(
        400,
        () ->
            tc.victimAssets()
                .update(
                    asset.id(),
                    VictimAssetUpdate.builder()
                        .associatedGroups(GroupRef.id(inSource.id()))
                        .build()));
    refused(
        400,
        () ->
            tc.victimAssets()
                .create(
                    Bodies.emailAsset(existing.aVictim().id())
                        .associatedGroups(GroupRef.id(inSource.id()))
                        .build()));

    assertEquals(
        0,
        tc.victimAssets()
            .get(asset.id(), VictimAssetField.ASSOCIATED_GROUPS)
            .associatedGroups()
            .size());
    assertEquals(
        0,
        tc.groups()
            .get(inSource.id(), GroupField.ASSOCIATED_VICTIM_ASSETS)
            .associatedVictimAssets()
            .size());
  }

  /** The same Group by ID is accepted where the row allows associations across owners (L29-35). */
  @Test
  void groupOfAnotherOwnerByIdIsAcceptedWhereTheRowAllowsIt(ThreatConnect tc) {
    Existing existing = new Existing(tc);
    Group inSource = existing.aGroupIn(Existing.DEMO_SOURCE);
    Group group = existing.aGroup();

    tc.groups()
        .update(
            group.id(), GroupUpdate.builder().associatedGroups(GroupRef.id(inSource.id())).build());

    assertEquals(
        inSource.id(),
        tc.groups().get(group.id(), GroupField.ASSOCIATED_GROUPS).associatedGroups().get(0).id());
  }

  /** An association to an ID that does not exist: 404, and the object keeps its links. */
  @Test
  void idThatDoesNotExistIs404(ThreatConnect tc) {
    Group group = new Existing(tc).aGroup();
    long missing = 987_654_321L;

    ThreatConnectException refused =
        refused(
            404,
            () ->
                tc.groups()
                    .update(
                        group.id(),
                        GroupUpdate.builder()
                            .associatedIndicators(IndicatorRef.id(missing))
                            .build()));

    assertEquals("PUT", refused.method());
    assertEquals(
        0,
        tc.groups()
            .get(group.id(), GroupField.ASSOCIATED_INDICATORS)
            .associatedIndicators()
            .size());
    refused(404, () -> tc.groups().get(missing));
    refused(
        404,
        () -> tc.indicators().update(missing, IndicatorUpdate.builder().confidence(1).build()));
  }

  private static ThreatConnectException refused(int status, Executable request) {
    ThreatConnectException e = assertThrows(ThreatConnectException.class, request);
    assertEquals(status, e.status(), e::getMessage);
    assertFalse(e.serverMessage() == null || e.serverMessage().isBlank(), e::getMessage);
    assertTrue(e.getMessage().contains(e.serverMessage()), e::getMessage);
    return e;
  }
}
