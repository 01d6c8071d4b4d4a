package dev.tcpivot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchGroup;
import dev.tcpivot.BatchListener;
import dev.tcpivot.BatchObject;
import dev.tcpivot.BatchOptions;
import dev.tcpivot.BatchResult;
import dev.tcpivot.NotFoundException;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.sandbox.SandboxExtension;
import dev.tcpivot.v3.AttributeWriteType;
import dev.tcpivot.v3.BatchAction;
import dev.tcpivot.v3.BatchGroups;
import dev.tcpivot.v3.BatchIndicators;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.GroupQuery;
import dev.tcpivot.v3.IndicatorQuery;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code tc.batch().run(...)} against the sandbox's V2 Batch jobs (threatconnect-v2-batch/v2_batch_api.rst). */
@ExtendWith(SandboxExtension.class)
class BatchJobsEndToEndTest {
  private static BatchOptions options(boolean halt) {
    return BatchOptions.builder().owner("Demo Organization").haltOnError(halt).action(BatchAction.CREATE)
        .attributeWriteType(AttributeWriteType.APPEND).build();
  }

  /**
   * A File summary with two MD5 hashes: well formed for the SDK, which only refuses a blank File
   * summary, but refused by the job, as a File has at most one hash of each kind (v2_batch_api.rst
   * L729-736: an MD5, a SHA1 and a SHA256 hash, joined as md5 : sha1 : sha256).
   */
  private static final String TWO_MD5 = "8743b52063cd84097a65d1633f5c74f5 : 9743b52063cd84097a65d1633f5c74f5";

  /** L45-46: the job goes on after an error; the error names the Indicator that caused it. */
  @Test
  void aJobWithSomeErrorsTiesThemToTheirObjects(ThreatConnect tc) {
    try (BatchFile file = BatchFile.create()) {
      var good = BatchIndicators.host("good.example.com");
      var incident = BatchGroups.incident("e2e-xid-1", "Ransomware Attack");
      file.add(good).add(BatchIndicators.file(TWO_MD5)).add(BatchIndicators.host("fine.example.com"))
          .add(incident).associate(good, incident);
      BatchResult result = tc.batch().run(file, options(false));
      assertEquals(1, result.jobs().size());
      assertEquals(1, result.errorCount(), result::toString);
      BatchObject culprit = result.errors().get(0).object().orElseThrow();
      assertEquals(new BatchObject(BatchObject.Kind.INDICATOR, 1, "File", TWO_MD5), culprit);
      assertEquals("good.example.com", tc.indicators().get("good.example.com").summary());
      // the association is visible through v3
      Group group = tc.groups().inOwner("Demo Organization").getByXid("e2e-xid-1", GroupField.ASSOCIATED_INDICATORS);
      assertEquals("good.example.com", group.associatedIndicators().get(0).summary());
    }
  }

  /**
   * The fields that only some Group types carry (v2_batch_api_group_fields.rst: eventType and
   * status L85-115 and L208-236, fileName and malware L128-131 and L178-191, from L160-163) land on
   * the Groups as their v3 fields.
   */
  @Test
  void typeSpecificFieldsLandOnTheirGroups(ThreatConnect tc) {
    try (BatchFile file = BatchFile.create()) {
      file.add(BatchGroups.event("e2e-event", "Port scan").eventType("Investigation").status("Escalated"))
          .add(BatchGroups.document("e2e-doc", "Dropper").fileName("dropper.zip").malware("infected"))
          .add(BatchGroups.email("e2e-mail", "Invoice", "Invoice 42", "Received: x", "Pay now")
              .from("billing@badguyz.com"));
      BatchResult result = tc.batch().run(file, options(false));
      assertEquals(3, result.successCount(), result::toString);
      var groups = tc.groups().inOwner("Demo Organization");
      Group event = groups.getByXid("e2e-event");
      assertEquals("Investigation", event.eventType());
      assertEquals("Escalated", event.status());
      Group document = groups.getByXid("e2e-doc");
      assertEquals("dropper.zip", document.fileName());
      assertEquals(Boolean.TRUE, document.malware());
      assertEquals("billing@badguyz.com", groups.getByXid("e2e-mail").from());
    }
  }

  /** L44-46, L71-72: a halted part leaves the rest unprocessed, and no later part is sent. */
  @Test
  void haltOnErrorStopsTheRun(ThreatConnect tc) {
    try (BatchFile file = BatchFile.withLimits(3, 2_000_000)) {
      file.add(BatchIndicators.host("a.example.com")).add(BatchIndicators.file(TWO_MD5))
          .add(BatchIndicators.host("c.example.com")).add(BatchIndicators.host("d.example.com"));
      BatchResult result = tc.batch().run(file, options(true));
      assertEquals(1, result.jobs().size());
      assertTrue(result.halted());
      assertEquals(1, result.partsNotSent());
      assertEquals(1, result.unprocessedCount());
      assertEquals(TWO_MD5, result.errors().get(0).object().orElseThrow().name());
      Assertions.assertThrows(NotFoundException.class, () -> tc.indicators().get("d.example.com"));
      Assertions.assertThrows(NotFoundException.class, () -> tc.indicators().get("c.example.com"));
    }
  }

  /**
   * L145-146 at the API's own limit: 30,000 Indicators run as a job of 25,000 and one of 5,000
   * (their JSON stays under the 2,000,000 bytes of an upload, L803-811), with every tenth linked to
   * one of 10 Groups: the associations of the second part name Groups that the first part created
   * (L121, L124).
   */
  @Test
  void thirtyThousandIndicatorsRunAsTwoJobs(ThreatConnect tc) {
    try (BatchFile file = BatchFile.create()) {
      List<BatchGroup> groups = new ArrayList<>();
      for (int g = 0; g < 10; g++) {
        BatchGroup group = BatchGroups.incident("e2e-bulk-" + g, "Bulk incident " + g);
        groups.add(group);
        file.add(group);
      }
      for (int i = 0; i < 30_000; i++) {
        var host = BatchIndicators.host("h" + i + ".x.io");
        file.add(host);
        if (i % 10 == 0) {
          file.associate(host, groups.get(i / 10 % 10));
        }
      }
      List<Integer> partSizes = new ArrayList<>();
      BatchResult result = tc.batch().run(file, options(false), new BatchListener() {
        @Override
        public void uploaded(int part, long jobId, long bytes) {
          partSizes.add(file.parts().get(part).indicatorCount());
        }
      });
      assertEquals(List.of(25_000, 5_000), partSizes);
      assertEquals(2, result.jobs().size());
      assertEquals(0, result.errorCount(), result::toString);
      assertEquals(30_000 + 10 + 3_000, result.successCount());
      Group last = tc.groups().inOwner("Demo Organization").getByXid("e2e-bulk-9");
      assertEquals(300, tc.indicators().count(IndicatorQuery.hasGroup(GroupQuery.id().eq(last.id()))));
      assertEquals("h29999.x.io", tc.indicators().get("h29999.x.io").summary());
    }
  }

  /** L145-146 with a lowered limit: more Indicators than a part takes run as two jobs. */
  @Test
  void aLargerFileRunsAsTwoJobs(ThreatConnect tc) {
    try (BatchFile file = BatchFile.withLimits(300, 2_000_000)) {
      for (int i = 0; i < 450; i++) {
        file.add(BatchIndicators.host("bulk" + i + ".example.com"));
      }
      BatchResult result = tc.batch().run(file, options(false));
      assertEquals(2, result.jobs().size());
      assertEquals(450, result.successCount());
      assertEquals(0, result.errorCount());
      assertEquals("bulk449.example.com", tc.indicators().get("bulk449.example.com").summary());
    }
  }
}
