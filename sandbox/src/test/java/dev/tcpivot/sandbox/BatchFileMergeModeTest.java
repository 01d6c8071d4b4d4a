package dev.tcpivot.sandbox;

import static dev.tcpivot.sandbox.FileIndicators.MD5;
import static dev.tcpivot.sandbox.FileIndicators.SHA1;
import static dev.tcpivot.sandbox.FileIndicators.SHA256;
import static dev.tcpivot.sandbox.FileIndicators.file;
import static dev.tcpivot.sandbox.FileIndicators.hashes;
import static dev.tcpivot.sandbox.FileIndicators.list;
import static dev.tcpivot.sandbox.FileIndicators.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * fileMergeMode (v2_batch_api.rst L61-63): an incoming File whose hashes are held by two or more
 * Files of the owner, with no hashes in conflict. Merge joins them; Distribute gives each the
 * incoming File's data.
 */
@SandboxPerMethod
class BatchFileMergeModeTest {
  private final Sandbox sandbox;
  private final FileIndicators files;

  BatchFileMergeModeTest(Sandbox sandbox) {
    this.sandbox = sandbox;
    this.files = new FileIndicators(sandbox);
  }

  /**
   * L63: the Files become one with all hashes, the one last modified is the primary and keeps its
   * rating, the Tags, Attributes and Security Labels of both go to it, and the other is deleted
   * (404). The second File was created after the first, so it is the primary even when both were
   * modified in the same second (the sandbox's choice: the later id wins a tie). Merge is the
   * default (L63), so it is tried both named and left out.
   */
  @ParameterizedTest(name = "fileMergeMode={0}")
  @NullSource
  @ValueSource(strings = "Merge")
  void mergeJoinsTheFilesIntoTheLastModified(String mode) {
    long first = files.create(MD5, null, null, 1, "first", "TLP:GREEN");
    long second = files.create(null, SHA1, null, 2, "second", "TLP:AMBER");
    files.run(mode, null, file(summary(MD5, SHA1), "\"tag\": [{\"name\": \"incoming\"}]"));
    assertEquals(404, files.status(first));
    JsonNode merged = files.read(second);
    assertEquals(List.of(MD5, SHA1, ""), hashes(merged), merged::toString);
    assertEquals(2, merged.path("rating").asInt(), merged::toString);
    assertEquals(Set.of("first", "second", "incoming"), set(list(merged, "tags", "name")));
    assertEquals(Set.of("first", "second"), set(list(merged, "attributes", "value")));
    assertEquals(
        Set.of("TLP:GREEN", "TLP:AMBER"), set(list(merged, "securityLabels", "name")));
    assertEquals(1, files.files().size(), () -> files.files().toString());
  }

  /** L63: the primary keeps its ratings "until their values are overwritten" by the incoming. */
  @Test
  void theIncomingRatingsOverwriteThePrimarys() {
    files.create(MD5, null, null, 1, "first", "TLP:GREEN");
    long second = files.create(null, SHA1, null, 2, "second", "TLP:AMBER");
    files.run("Merge", null, file(summary(MD5, SHA1), "\"rating\": 4, \"confidence\": 70"));
    JsonNode merged = files.read(second);
    assertEquals(4, merged.path("rating").asInt(), merged::toString);
    assertEquals(70, merged.path("confidence").asInt(), merged::toString);
  }

  /**
   * L63: the primary is the File with the most recent lastModified, not the one created last: a
   * fixture gives the first File the later time, so the second is merged into it.
   */
  @Test
  void thePrimaryIsTheLastModifiedNotTheLastCreated() {
    sandbox.loadJson(
        "{\"objects\": ["
            + "{\"endpoint\": \"indicators\", \"fields\": {\"type\": \"File\", \"md5\": \""
            + MD5
            + "\", \"rating\": 1}, \"lastModified\": \"2026-01-02T00:00:00Z\"},"
            + "{\"endpoint\": \"indicators\", \"fields\": {\"type\": \"File\", \"sha1\": \""
            + SHA1
            + "\", \"rating\": 2}, \"lastModified\": \"2026-01-01T00:00:00Z\"}]}");
    JsonNode before = files.files();
    long older = before.get(0).path("id").asLong();
    long newer = before.get(1).path("id").asLong();
    files.run("Merge", null, file(summary(MD5, SHA1, SHA256), ""));
    assertEquals(404, files.status(newer));
    JsonNode merged = files.read(older);
    assertEquals(List.of(MD5, SHA1, SHA256), hashes(merged), merged::toString);
    assertEquals(1, merged.path("rating").asInt(), merged::toString);
  }

  /**
   * L63 says what becomes of the merged Files' metadata but not of their associations; the sandbox
   * moves them to the primary, so a Group associated with a deleted File is associated with the
   * File that now holds its hash.
   */
  @Test
  void theAssociationsOfAMergedFileMoveToThePrimary() {
    long first = files.create(MD5, null, null, 1, "first", "TLP:GREEN");
    TestClient v3 = files.batch().v3();
    Response adversary =
        v3.post("/v3/groups", "{\"type\": \"Adversary\", \"name\": \"Merged Adversary\"}");
    assertEquals(201, adversary.status(), adversary::toString);
    long group = adversary.id();
    Response linked =
        v3.put(
            "/v3/indicators/" + first,
            "{\"associatedGroups\": {\"data\": [{\"id\": " + group + "}]}}");
    assertEquals(200, linked.status(), linked::toString);
    long second = files.create(null, SHA1, null, 2, "second", "TLP:AMBER");
    files.run("Merge", null, file(summary(MD5, SHA1), ""));
    assertEquals(404, files.status(first));
    JsonNode merged = files.read(second);
    assertEquals(
        List.of("Merged Adversary"), list(merged, "associatedGroups", "name"), merged::toString);
    JsonNode read = files.batch().get("/v3/groups/" + group + "?fields=associatedIndicators");
    assertEquals(
        List.of(String.valueOf(second)), list(read, "associatedIndicators", "id"), read::toString);
  }

  /**
   * L62: Distribute merges nothing; each of the (up to three) matching Files keeps its own hashes
   * and takes the incoming rating, Tag and Attribute.
   */
  @Test
  void distributeGivesEachMatchingFileTheIncomingData() {
    long first = files.create(MD5, null, null, 1, "first", "TLP:GREEN");
    long second = files.create(null, SHA1, null, 1, "second", "TLP:GREEN");
    long third = files.create(null, null, SHA256, 1, "third", "TLP:GREEN");
    files.run(
        "Distribute",
        null,
        file(
            summary(MD5, SHA1, SHA256),
            "\"rating\": 3, \"tag\": [{\"name\": \"incoming\"}],"
                + " \"attribute\": [{\"type\": \"Source\", \"value\": \"incoming\"}]"));
    List<List<String>> own =
        List.of(List.of(MD5, "", ""), List.of("", SHA1, ""), List.of("", "", SHA256));
    List<Long> ids = List.of(first, second, third);
    List<String> markers = List.of("first", "second", "third");
    for (int i = 0; i < 3; i++) {
      JsonNode file = files.read(ids.get(i));
      assertEquals(own.get(i), hashes(file), file::toString);
      assertEquals(3, file.path("rating").asInt(), file::toString);
      assertEquals(Set.of(markers.get(i), "incoming"), set(list(file, "tags", "name")));
      assertEquals(Set.of(markers.get(i), "incoming"), set(list(file, "attributes", "value")));
    }
    assertEquals(3, files.files().size(), () -> files.files().toString());
  }

  /**
   * L62 with the Indicator's associatedGroups (v2_batch_api_indicator_fields.rst): the sandbox
   * associates the Group with each File the data went to.
   */
  @Test
  void distributeAssociatesEachMatchingFileWithTheIncomingGroups() {
    long first = files.create(MD5, null, null, 1, "first", "TLP:GREEN");
    long second = files.create(null, SHA1, null, 1, "second", "TLP:GREEN");
    String input =
        "{\"indicator\": [{\"type\": \"File\", \"summary\": \""
            + summary(MD5, SHA1)
            + "\", \"associatedGroups\": [{\"groupXid\": \"dist-1\"}]}],"
            + " \"group\": [{\"type\": \"Adversary\", \"name\": \"Distributed\","
            + " \"xid\": \"dist-1\"}]}";
    ObjectNode options = BatchClient.options(BatchClient.ORG, false, "Create", "Append");
    options.put("fileMergeMode", "Distribute");
    JsonNode status = files.batch().run(options, input);
    assertEquals(0, status.path("errorCount").asInt(), status::toString);
    for (long id : List.of(first, second)) {
      JsonNode file = files.read(id);
      assertEquals(List.of("Distributed"), list(file, "associatedGroups", "name"), file::toString);
    }
  }

  private static Set<String> set(List<String> values) {
    return new TreeSet<>(values);
  }

  /**
   * L47-49: a Delete job deletes the File its entry names. When its hashes are held by two Files
   * (the docs are silent here), both are deleted; a File holding none of them stays.
   */
  @Test
  void aDeleteOfAFileDeletesEveryFileHoldingOneOfItsHashes() {
    long first = files.create(MD5, null, null, 1, "first", "TLP:GREEN");
    long second = files.create(null, SHA1, null, 2, "second", "TLP:AMBER");
    long other = files.create(null, null, SHA256, 3, "other", "TLP:RED");
    JsonNode status = files.batch().run(
        BatchClient.options(BatchClient.ORG, false, "Delete", "Append"), file(summary(MD5, SHA1), ""));
    assertEquals(1, status.path("successCount").asInt(), status::toString);
    assertEquals(404, files.status(first));
    assertEquals(404, files.status(second));
    assertEquals(200, files.status(other));
  }

}
