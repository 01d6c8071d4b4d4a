package dev.tcpivot.sandbox;

import static dev.tcpivot.sandbox.FileIndicators.MD5;
import static dev.tcpivot.sandbox.FileIndicators.SHA1;
import static dev.tcpivot.sandbox.FileIndicators.SHA1_OTHER;
import static dev.tcpivot.sandbox.FileIndicators.SHA256;
import static dev.tcpivot.sandbox.FileIndicators.file;
import static dev.tcpivot.sandbox.FileIndicators.hashes;
import static dev.tcpivot.sandbox.FileIndicators.list;
import static dev.tcpivot.sandbox.FileIndicators.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * hashCollisionMode (v2_batch_api.rst L64-70) when an incoming File and the Files it matches, or
 * the matching Files among themselves, hold different hashes of one kind. The one-File cases of
 * FavorExisting, FavorIncoming and IgnoreIncoming are in {@link BatchFileIndicatorsTest}.
 */
@SandboxPerMethod
class BatchHashCollisionTest {
  private static final String INCOMING = "\"rating\": 5, \"tag\": [{\"name\": \"incoming\"}]";

  private final FileIndicators files;

  BatchHashCollisionTest(Sandbox sandbox) {
    this.files = new FileIndicators(sandbox);
  }

  /**
   * L64-66 with a merge (L63): the incoming sha1 clashes with the first File's, and the merged
   * File takes the incoming one under FavorIncoming, the first File's under FavorExisting; the
   * sha256 File, modified last, is the primary.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"FavorIncoming, " + SHA1_OTHER, "FavorExisting, " + SHA1})
  void aMergeTakesTheFavouredHash(String mode, String sha1) {
    long first = files.create(MD5, SHA1, null, 1, "first", "TLP:GREEN");
    long second = files.create(null, null, SHA256, 2, "second", "TLP:GREEN");
    files.run("Merge", mode, file(summary(MD5, SHA1_OTHER, SHA256), INCOMING));
    assertEquals(404, files.status(first));
    JsonNode merged = files.read(second);
    assertEquals(List.of(MD5, sha1, SHA256), hashes(merged), merged::toString);
    assertEquals(5, merged.path("rating").asInt(), merged::toString);
  }

  /**
   * L67 (a clash with the incoming File): the existing File is left alone and a new File is made
   * of the incoming hashes it does not hold: the other sha1 and the sha256, not the shared md5.
   */
  @Test
  void ignoreExistingMakesANewFileOfTheHashesNotHeld() {
    long held = files.create(MD5, SHA1, null, 1, "held", "TLP:GREEN");
    files.run(null, "IgnoreExisting", file(summary(MD5, SHA1_OTHER, SHA256), INCOMING));
    JsonNode existing = files.read(held);
    assertEquals(List.of(MD5, SHA1, ""), hashes(existing), existing::toString);
    assertEquals(1, existing.path("rating").asInt(), existing::toString);
    assertEquals(List.of("held"), list(existing, "tags", "name"), existing::toString);
    JsonNode all = files.files();
    assertEquals(2, all.size(), all::toString);
    JsonNode made = all.get(1);
    assertEquals(List.of("", SHA1_OTHER, SHA256), hashes(made), made::toString);
    assertEquals(5, made.path("rating").asInt(), made::toString);
    assertEquals(List.of("incoming"), list(made, "tags", "name"), made::toString);
  }

  /**
   * L67-68: "If all available file hashes are removed from the incoming Indicator, no new
   * Indicator will be created". With Distribute (no merge) the incoming md5 and sha1 are each held
   * by a File, the md5 File's sha1 clashing with the incoming one: no File is made, none changes,
   * and the job counts the File a success.
   */
  @Test
  void ignoreExistingMakesNoFileWhenNoHashIsLeft() {
    long first = files.create(MD5, SHA1, null, 1, "first", "TLP:GREEN");
    long second = files.create(null, SHA1_OTHER, null, 2, "second", "TLP:GREEN");
    files.run("Distribute", "IgnoreExisting", file(summary(MD5, SHA1_OTHER), INCOMING));
    assertEquals(2, files.files().size(), () -> files.files().toString());
    assertEquals(List.of(MD5, SHA1, ""), hashes(files.read(first)));
    assertEquals(1, files.read(first).path("rating").asInt());
    assertEquals(List.of("", SHA1_OTHER, ""), hashes(files.read(second)));
    assertEquals(2, files.read(second).path("rating").asInt());
  }

  /**
   * L66-67 (a clash between the existing Files a merge would join): the md5 File and the sha256
   * File hold different sha1 hashes, the incoming File none. IgnoreExisting deletes both and
   * imports the incoming File as a new one.
   */
  @Test
  void ignoreExistingDeletesFilesThatClashWithEachOther() {
    long first = files.create(MD5, SHA1, null, 1, "first", "TLP:GREEN");
    long second = files.create(null, SHA1_OTHER, SHA256, 2, "second", "TLP:GREEN");
    files.run("Merge", "IgnoreExisting", file(summary(MD5, SHA256), INCOMING));
    assertEquals(404, files.status(first));
    assertEquals(404, files.status(second));
    JsonNode all = files.files();
    assertEquals(1, all.size(), all::toString);
    assertEquals(List.of(MD5, "", SHA256), hashes(all.get(0)), all::toString);
    assertEquals(List.of("incoming"), list(all.get(0), "tags", "name"), all::toString);
  }

  /**
   * L66-69, the same Files that clash with each other: FavorExisting and FavorIncoming merge them
   * into the one modified last, whose sha1 stays (the incoming File has none); IgnoreIncoming
   * changes nothing, since the incoming File causes the clash by calling for the merge (the
   * sandbox's reading); Split merges nothing and gives each the incoming rating.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "FavorExisting, true, 5, 5",
    "FavorIncoming, true, 5, 5",
    "IgnoreIncoming, false, 1, 2",
    "Split, false, 5, 5"
  })
  void filesThatClashWithEachOtherFollowTheMode(
      String mode, boolean merged, int firstRating, int secondRating) {
    long first = files.create(MD5, SHA1, null, 1, "first", "TLP:GREEN");
    long second = files.create(null, SHA1_OTHER, SHA256, 2, "second", "TLP:GREEN");
    files.run("Merge", mode, file(summary(MD5, SHA256), INCOMING));
    JsonNode last = files.read(second);
    assertEquals(secondRating, last.path("rating").asInt(), last::toString);
    if (merged) {
      assertEquals(404, files.status(first));
      assertEquals(List.of(MD5, SHA1_OTHER, SHA256), hashes(last), last::toString);
    } else {
      JsonNode kept = files.read(first);
      assertEquals(List.of(MD5, SHA1, ""), hashes(kept), kept::toString);
      assertEquals(firstRating, kept.path("rating").asInt(), kept::toString);
      assertEquals(List.of("", SHA1_OTHER, SHA256), hashes(last), last::toString);
    }
  }

  /**
   * L69: Split merges nothing even under fileMergeMode Merge; the incoming rating and Tag go to
   * each matching File, whose hashes stay as they were.
   */
  @Test
  void splitGivesEachMatchingFileTheDataAndKeepsItsHashes() {
    long first = files.create(MD5, SHA1, null, 1, "first", "TLP:GREEN");
    long second = files.create(null, null, SHA256, 2, "second", "TLP:GREEN");
    files.run("Merge", "Split", file(summary(MD5, SHA1_OTHER, SHA256), INCOMING));
    JsonNode kept = files.read(first);
    assertEquals(List.of(MD5, SHA1, ""), hashes(kept), kept::toString);
    assertEquals(5, kept.path("rating").asInt(), kept::toString);
    assertEquals(List.of("first", "incoming"), list(kept, "tags", "name"), kept::toString);
    JsonNode other = files.read(second);
    assertEquals(List.of("", "", SHA256), hashes(other), other::toString);
    assertEquals(List.of("second", "incoming"), list(other, "tags", "name"), other::toString);
    assertEquals(2, files.files().size(), () -> files.files().toString());
  }
}
