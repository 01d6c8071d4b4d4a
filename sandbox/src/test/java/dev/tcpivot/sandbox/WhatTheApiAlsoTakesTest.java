package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bodies that other clients send and the API takes, though the SDK never writes them: a mode in a
 * create's blocks, a Case's XID on create, a PUT that restates an unchanged type or XID, a
 * date-time without a zone. The sandbox takes them too; what stays refused is named.
 */
@ExtendWith(SandboxExtension.class)
class WhatTheApiAlsoTakesTest {
  private final TestClient client;

  WhatTheApiAlsoTakesTest(Sandbox sandbox) {
    this.client = new TestClient(sandbox);
  }

  /**
   * update_metadata.rst L7-22 describes the modes of an update, append the default; a create with
   * "mode": "append" in its tag, security label and association blocks (as TcEx sends them) is
   * taken, and each block is applied.
   */
  @Test
  void appendInEveryBlockOfACreate() {
    long group =
        client.post("/v3/groups", "{\"type\": \"Adversary\", \"name\": \"Append\"}").id();
    Response created =
        client.post(
            "/v3/indicators?fields=tags&fields=securityLabels&fields=associatedGroups",
            "{\"type\": \"Host\", \"hostName\": \"append-everywhere.example\","
                + " \"tags\": {\"data\": [{\"name\": \"Targeted Attack\"}], \"mode\": \"append\"},"
                + " \"securityLabels\": {\"data\": [{\"name\": \"TLP:AMBER\"}], \"mode\": \"append\"},"
                + " \"associatedGroups\": {\"data\": [{\"id\": " + group + "}], \"mode\": \"append\"}}");
    assertEquals(201, created.status(), created::toString);
    assertEquals(List.of("Targeted Attack"), names(created.data().path("tags")));
    assertEquals(List.of("TLP:AMBER"), names(created.data().path("securityLabels")));
    assertEquals(
        List.of(group), List.copyOf(Fixtures.ids(created.data().path("associatedGroups"))));
  }

  /**
   * Case responses carry an xid (v3/case_management/cases/retrieve.rst L21); fields.rst does not
   * list it for a create and says nothing of refusing it. The sandbox takes one and keeps it, a
   * choice where the docs are silent; a Case created without one gets one.
   */
  @Test
  void aCaseKeepsTheXidItIsCreatedWith() {
    String xid = "a1a1a1a1-a1a1-a1a1-a1a1-a1a1a1a1a1a1"; // cases/create.rst L79
    Response created =
        client.post(
            "/v3/cases",
            "{\"name\": \"With XID\", \"severity\": \"Low\", \"status\": \"Open\", \"xid\": \""
                + xid + "\"}");
    assertEquals(201, created.status(), created::toString);
    assertEquals(xid, created.data().path("xid").asText());
    assertEquals(xid, client.get("/v3/cases/" + created.id()).data().path("xid").asText());

    Response plain =
        client.post("/v3/cases", "{\"name\": \"No XID\", \"severity\": \"Low\", \"status\": \"Open\"}");
    assertFalse(plain.data().path("xid").asText().isEmpty(), plain::toString);
  }

  /**
   * type is not updatable (v3/indicators/fields.rst L165-170): a PUT that restates it unchanged is
   * taken, one that changes it is refused.
   */
  @Test
  void aPutMayRestateAnUnchangedType() {
    long host =
        client.post("/v3/indicators", "{\"type\": \"Host\", \"hostName\": \"same-type.example\"}").id();
    Response same =
        client.put("/v3/indicators/" + host, "{\"type\": \"Host\", \"confidence\": 50}");
    assertEquals(200, same.status(), same::toString);
    assertEquals(50, same.data().path("confidence").asInt());

    AuthTest.assertError(
        client.put("/v3/indicators/" + host, "{\"type\": \"Address\"}"),
        400,
        "'type' cannot be changed by a PUT to /v3/indicators (it is not updatable)");
  }

  /**
   * A Group's xid is not updatable (v3/groups/fields.rst L140-145), a Case's is read-only: a PUT
   * that restates either unchanged is taken, one that changes it is refused.
   */
  @Test
  void aPutMayRestateAnUnchangedXid() {
    long group =
        client
            .post("/v3/groups", "{\"type\": \"Adversary\", \"name\": \"X\", \"xid\": \"group-xid-1\"}")
            .id();
    Response same =
        client.put("/v3/groups/" + group, "{\"xid\": \"group-xid-1\", \"name\": \"Y\"}");
    assertEquals(200, same.status(), same::toString);
    assertEquals("Y", same.data().path("name").asText());
    AuthTest.assertError(
        client.put("/v3/groups/" + group, "{\"xid\": \"group-xid-2\"}"),
        400,
        "'xid' cannot be changed by a PUT to /v3/groups (it is not updatable)");

    Response kase =
        client.post("/v3/cases", "{\"name\": \"C\", \"severity\": \"Low\", \"status\": \"Open\"}");
    String xid = kase.data().path("xid").asText();
    Response sameCase =
        client.put("/v3/cases/" + kase.id(), "{\"xid\": \"" + xid + "\", \"severity\": \"High\"}");
    assertEquals(200, sameCase.status(), sameCase::toString);
    assertEquals("High", sameCase.data().path("severity").asText());
    AuthTest.assertError(
        client.put("/v3/cases/" + kase.id(), "{\"xid\": \"another\"}"),
        400,
        "'xid' is read-only on /v3/cases");
    assertEquals(xid, client.get("/v3/cases/" + kase.id()).data().path("xid").asText());
  }

  /**
   * Every date-time of the docs carries a zone (v3/indicators/retrieve.rst L26
   * "2021-11-02T13:07:08Z"); TcEx sends them without one ({@code 2026-11-16T17:33:49.396028}). The sandbox takes such
   * a date-time and reads it as UTC, a choice where the docs are silent, on a POST and on a PUT.
   */
  @Test
  void aDateTimeWithoutAZoneIsReadAsUtc() {
    Response created =
        client.post(
            "/v3/indicators",
            "{\"type\": \"Host\", \"hostName\": \"no-zone.example\","
                + " \"firstSeen\": \"2026-11-16T17:33:49.396028\"}");
    assertEquals(201, created.status(), created::toString);
    assertEquals("2026-11-16T17:33:49.396028Z", created.data().path("firstSeen").asText());

    Response updated =
        client.put(
            "/v3/indicators/" + created.id(), "{\"lastSeen\": \"2026-11-17T08:00:00\"}");
    assertEquals(200, updated.status(), updated::toString);
    assertEquals("2026-11-17T08:00:00Z", updated.data().path("lastSeen").asText());

    Response kase =
        client.post(
            "/v3/cases",
            "{\"name\": \"When\", \"severity\": \"Low\", \"status\": \"Open\","
                + " \"caseOccurrenceTime\": \"2026-11-16T17:33:49\"}");
    assertEquals(201, kase.status(), kase::toString);
    assertEquals("2026-11-16T17:33:49Z", kase.data().path("caseOccurrenceTime").asText());
  }

  private static List<String> names(JsonNode block) {
    List<String> names = new ArrayList<>();
    block.path("data").forEach(item -> names.add(item.path("name").asText()));
    return names;
  }
}
