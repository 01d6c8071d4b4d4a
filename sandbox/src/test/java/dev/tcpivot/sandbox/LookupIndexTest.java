package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An Indicator named by its summary or one of its hashes in a path (v3/indicators/indicators.rst:
 * {@code /v3/indicators/{summary}}; v3/indicators/create.rst L19: unique in its owner by type and
 * summary) and a Group named by its XID with the owner parameter (v3/groups/groups.rst L10-12) are
 * the ones a scan of the owner's list finds first, after any mix of creates, merges of File
 * hashes, updates, deletes, requests refused half way, batch jobs and fixture round trips (a fixed
 * seed, so a failure repeats).
 */
@SandboxPerMethod
class LookupIndexTest {
  private static final int STEPS = 240;
  private static final int HOSTS = 8;
  private static final int HASHES = 6;
  private static final int XIDS = 6;

  private final Sandbox sandbox;
  private final TestClient client;
  private final BatchClient batch;
  private final Random random = new Random(20_261_202L);
  private final List<String> owners = new ArrayList<>();

  LookupIndexTest(Sandbox sandbox) {
    this.sandbox = sandbox;
    this.client = new TestClient(sandbox);
    this.batch = new BatchClient(sandbox);
    owners.add(sandbox.organization().name());
    owners.add(sandbox.source().name());
  }

  @Test
  void lookupsBySummaryAndXidAgreeWithAScan() {
    int changed = 0;
    for (int step = 0; step < STEPS; step++) {
      if (change() < 300) {
        changed++;
      }
      if (step % 4 == 3) {
        check();
      }
    }
    check();
    assertTrue(changed > STEPS / 3, "too few changes were taken: " + changed);
  }

  /** One random change; its status. */
  private int change() {
    String owner = "?owner=" + BatchClient.enc(owners.get(random.nextInt(owners.size())));
    int pick = random.nextInt(100);
    if (pick < 20) {
      return client.post("/v3/indicators" + owner, host()).status();
    }
    if (pick < 40) {
      return client.post("/v3/indicators" + owner, file()).status();
    }
    if (pick < 50) {
      return someIndicator()
          .map(i -> client.put("/v3/indicators/" + i.path("id").asLong(), update(i)).status())
          .orElse(404);
    }
    if (pick < 58) {
      return someIndicator()
          .map(i -> client.delete("/v3/indicators/" + i.path("id").asLong()).status())
          .orElse(404);
    }
    if (pick < 66) {
      // Merged or created, then refused at the association: nothing of it may stay.
      String body =
          random.nextBoolean()
              ? file().replace("}", ", \"associatedGroups\": {\"data\": [{\"id\": 999999}]}}")
              : host().replace("}", ", \"associatedGroups\": {\"data\": [{\"id\": 999999}]}}");
      int status = client.post("/v3/indicators" + owner, body).status();
      assertTrue(status >= 400, "a missing Group was taken: " + body);
      return status;
    }
    if (pick < 78) {
      String body = "{\"type\": \"Adversary\", \"name\": \"A\", \"xid\": \"" + xid() + "\"}";
      return client.post("/v3/groups" + owner, body).status();
    }
    if (pick < 86) {
      return someGroup()
          .map(g -> client.put("/v3/groups/" + g.path("id").asLong(),
              "{\"xid\": \"" + xid() + "\"}").status())
          .orElse(404);
    }
    if (pick < 92) {
      return someGroup()
          .map(g -> client.delete("/v3/groups/" + g.path("id").asLong()).status())
          .orElse(404);
    }
    if (pick < 97) {
      String action = random.nextInt(3) == 0 ? "Delete" : "Create";
      String file =
          "{\"indicator\": [" + host() + ", " + file() + "], \"group\": [{\"type\": \"Adversary\","
              + " \"name\": \"B\", \"xid\": \"" + xid() + "\"}]}";
      batch.run(BatchClient.options(owners.get(random.nextInt(owners.size())), false, action,
          "Append"), file);
      return 200;
    }
    String exported = sandbox.exportJson();
    sandbox.reset();
    sandbox.loadJson(exported);
    return 200;
  }

  /** Every key of the pools, and every summary held, looked up as a path names it. */
  private void check() {
    for (String owner : owners) {
      String in = "?owner=" + BatchClient.enc(owner);
      JsonNode indicators = list("/v3/indicators" + in);
      Set<String> keys = new LinkedHashSet<>();
      for (int i = 0; i < HOSTS; i++) {
        keys.add(hostName(i));
      }
      for (int i = 0; i < HASHES; i++) {
        keys.add(hash(32, i));
        keys.add(hash(40, i));
        keys.add(hash(64, i));
      }
      indicators.forEach(i -> keys.add(i.path("summary").asText()));
      for (String key : keys) {
        long expected = -1;
        for (JsonNode indicator : indicators) {
          if (answersTo(indicator, key)) {
            expected = indicator.path("id").asLong();
            break;
          }
        }
        Response found = client.get("/v3/indicators/" + BatchClient.enc(key) + in);
        assertEquals(expected, found.status() == 404 ? -1 : found.data().path("id").asLong(),
            () -> key + " in " + owner + ": " + found + " / " + indicators);
      }
      JsonNode groups = list("/v3/groups" + in);
      for (int x = 0; x < XIDS; x++) {
        String xid = "xid-" + x;
        long expected = -1;
        for (JsonNode group : groups) {
          if (xid.equals(group.path("xid").asText())) {
            expected = group.path("id").asLong();
            break;
          }
        }
        Response found = client.get("/v3/groups/" + xid + in);
        assertEquals(expected, found.status() == 404 ? -1 : found.data().path("id").asLong(),
            () -> xid + " in " + owner + ": " + found + " / " + groups);
      }
    }
  }

  private static boolean answersTo(JsonNode indicator, String key) {
    if (indicator.path("summary").asText().equals(key)) {
      return true;
    }
    for (String hash : List.of("md5", "sha1", "sha256")) {
      if (indicator.path(hash).asText().equals(key)) {
        return true;
      }
    }
    return false;
  }

  private JsonNode list(String path) {
    Response listed = client.get(path + "&resultLimit=10000");
    assertEquals(200, listed.status(), listed::toString);
    return listed.body().path("data");
  }

  private java.util.Optional<JsonNode> someIndicator() {
    return some(list("/v3/indicators?owner=" + BatchClient.enc(owners.get(random.nextInt(2)))));
  }

  private java.util.Optional<JsonNode> someGroup() {
    return some(list("/v3/groups?owner=" + BatchClient.enc(owners.get(random.nextInt(2)))));
  }

  private java.util.Optional<JsonNode> some(JsonNode data) {
    return data.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(data.get(random.nextInt(data.size())));
  }

  /** A File takes another hash (merging it may be refused); others a new rating. */
  private String update(JsonNode indicator) {
    if (indicator.path("type").asText().equals("File")) {
      String[] hashes = {"md5", "sha1", "sha256"};
      int which = random.nextInt(3);
      return "{\"" + hashes[which] + "\": \"" + hash(new int[] {32, 40, 64}[which],
          random.nextInt(HASHES)) + "\"}";
    }
    return "{\"rating\": " + random.nextInt(6) + "}";
  }

  private String host() {
    return "{\"type\": \"Host\", \"hostName\": \"" + hostName(random.nextInt(HOSTS)) + "\"}";
  }

  /** A File with one to three hashes of the pools, so that Files merge. */
  private String file() {
    StringBuilder body = new StringBuilder("{\"type\": \"File\"");
    int mask = 1 + random.nextInt(7);
    String[] names = {"md5", "sha1", "sha256"};
    int[] lengths = {32, 40, 64};
    for (int i = 0; i < 3; i++) {
      if ((mask & 1 << i) != 0) {
        body.append(", \"").append(names[i]).append("\": \"")
            .append(hash(lengths[i], random.nextInt(HASHES))).append('"');
      }
    }
    return body.append('}').toString();
  }

  private String xid() {
    return "xid-" + random.nextInt(XIDS);
  }

  private static String hostName(int i) {
    return "h" + i + ".example.com";
  }

  /** A hexadecimal hash of the length, one per number. */
  private static String hash(int length, int i) {
    String digit = Integer.toHexString(10 + i);
    return digit.repeat(length);
  }
}
