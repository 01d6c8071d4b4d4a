package dev.tcpivot.samples;

import dev.tcpivot.Associations;
import dev.tcpivot.BatchError;
import dev.tcpivot.BatchFile;
import dev.tcpivot.BatchGroup;
import dev.tcpivot.BatchJobResult;
import dev.tcpivot.BatchListener;
import dev.tcpivot.BatchObject;
import dev.tcpivot.BatchOptions;
import dev.tcpivot.BatchResult;
import dev.tcpivot.KeywordSection;
import dev.tcpivot.Metadata;
import dev.tcpivot.NotFoundException;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.SecurityLabelInfo;
import dev.tcpivot.Tag;
import dev.tcpivot.TagInfo;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.ThreatConnectException;
import dev.tcpivot.samples.triage.PhishingTriage;
import dev.tcpivot.v3.Artifact;
import dev.tcpivot.v3.AttributeWriteType;
import dev.tcpivot.v3.BatchAction;
import dev.tcpivot.v3.BatchGroups;
import dev.tcpivot.v3.BatchIndicators;
import dev.tcpivot.v3.ArtifactCreate;
import dev.tcpivot.v3.ArtifactField;
import dev.tcpivot.v3.ArtifactRef;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.CaseCreate;
import dev.tcpivot.v3.CaseField;
import dev.tcpivot.v3.CaseRef;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.CaseUpdate;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupField;
import dev.tcpivot.v3.GroupQuery;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IndicatorField;
import dev.tcpivot.v3.IndicatorQuery;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.IntelRequirement;
import dev.tcpivot.v3.IntelRequirementCreate;
import dev.tcpivot.v3.IntelRequirementField;
import dev.tcpivot.v3.KeywordComparison;
import dev.tcpivot.v3.NewCase;
import dev.tcpivot.v3.NewGroup;
import dev.tcpivot.v3.NewIndicator;
import dev.tcpivot.v3.NewVictimAsset;
import dev.tcpivot.v3.Victim;
import dev.tcpivot.v3.VictimAsset;
import dev.tcpivot.v3.VictimAssetCreate;
import dev.tcpivot.v3.VictimAssetField;
import dev.tcpivot.v3.VictimAssetRef;
import dev.tcpivot.v3.VictimCreate;
import dev.tcpivot.v3.VictimUpdate;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;

/**
 * Performs every association of the v3 "Create and Manage Associations" page against the embedded
 * sandbox (or a real instance, see {@link Connection}): creates a Case, Groups, Indicators, an
 * Artifact, a Victim and a Victim Asset; links new and existing objects of each associable type;
 * reads them back; replaces and removes links with a mode; and shows refusals coming back from the
 * server as typed exceptions; and fans out asynchronous calls under a request budget. Everything it
 * creates it deletes at the end.
 */
public final class Walkthrough {
  /** How many Hosts the last step creates and tags at once, and how many requests may be in flight. */
  private static final int FAN_OUT = 20;
  private static final int BUDGET = 4;
  /** How many Hosts the batch step imports. */
  private static final int BATCH_HOSTS = 50;
  /** A File summary with two MD5 hashes: a File has at most one of each kind (v2_batch_api.rst L729-736). */
  private static final String TWO_MD5 = "8743b52063cd84097a65d1633f5c74f5 : 9743b52063cd84097a65d1633f5c74f5";

  private final Connection connection;
  private final ThreatConnect tc;
  private final String source;
  private final Report report;
  private final Deque<IntSupplier> cleanup = new ArrayDeque<>();
  private int alreadyGone;
  private int created;

  private Walkthrough(Connection connection, Report report) {
    this.connection = connection;
    this.tc = connection.client();
    this.source = connection.source();
    this.report = report;
  }

  public static void main(String[] args) {
    try (Connection connection = Connection.fromEnvironment(System.getenv())) {
      run(connection, System.out);
    }
  }

  static void run(Connection connection, PrintStream out) {
    Report report = new Report(out);
    report.title("tcpivot walkthrough against " + connection.description());
    Walkthrough walkthrough = new Walkthrough(connection, report);
    int deleted = 0;
    try {
      walkthrough.associate();
    } finally {
      deleted = walkthrough.deleteWhatItCreated();
    }
    report.summary(walkthrough.created, deleted, walkthrough.alreadyGone);
  }

  private void associate() {
    // The objects to link, some created with links of their own.
    Case investigation =
        tc.cases().create(CaseCreate.of("Phishing Investigation", CaseSeverity.LOW, CaseStatus.OPEN).build());
    remember(() -> tc.cases().delete(investigation.id()));
    report.step("Created Case " + investigation.id() + " \"" + investigation.name() + "\" (Low, Open)",
        "POST /v3/cases");

    Group wave = tc.groups().create(GroupCreate.incident("Phishing wave").build());
    remember(() -> tc.groups().delete(wave.id()));
    report.step("Created Incident Group " + wave.id() + " \"" + wave.name() + "\"", "POST /v3/groups");

    Indicator host =
        tc.indicators().create(
            IndicatorCreate.host("ultrabadguy.com")
                .associatedGroups(GroupRef.id(wave.id()), NewGroup.adversary("Bad Guy").ownerName(source))
                .build(),
            IndicatorField.ASSOCIATED_GROUPS);
    remember(() -> tc.indicators().delete(host.id()));
    report.step("Created Host ultrabadguy.com linked to Group " + wave.id()
            + " and to a new Adversary \"Bad Guy\" in " + source,
        "POST /v3/indicators?fields=associatedGroups");
    report.shows("associatedGroups", host.associatedGroups(), Walkthrough::describe);
    report.linked(2);
    Group badGuy =
        host.associatedGroups().stream().filter(g -> "Bad Guy".equals(g.name())).findFirst().orElseThrow();
    remember(() -> tc.groups().inOwner(source).delete(badGuy.id()));

    Artifact artifact =
        tc.artifacts().create(
            ArtifactCreate.of(investigation.id(), "badguy@bad.com", "Email Address")
                .associatedIndicators(IndicatorRef.host("ultrabadguy.com"))
                .build(),
            ArtifactField.ASSOCIATED_INDICATORS);
    remember(() -> tc.artifacts().delete(artifact.id()));
    report.step("Created Artifact " + artifact.id() + " in Case " + investigation.id()
            + ", linked to the Host named by its summary", "POST /v3/artifacts?fields=associatedIndicators");
    report.shows("associatedIndicators", artifact.associatedIndicators(), Indicator::summary);
    report.linked(1);

    Victim victim = tc.victims().create(VictimCreate.of("Bob Loblaw").org("Company ABC").build());
    remember(() -> tc.victims().delete(victim.id()));
    VictimAsset mailbox =
        tc.victimAssets().create(VictimAssetCreate.emailAddress(victim.id(), "jsmith@companyabc.com").build());
    remember(() -> tc.victimAssets().delete(mailbox.id()));
    report.step("Created Victim " + victim.id() + " \"Bob Loblaw\" and its Email Address asset " + mailbox.id(),
        "POST /v3/victims, POST /v3/victimAssets");

    // One PUT that links a new and an existing object of every type a Group can associate.
    Group linked =
        tc.groups().update(
            wave.id(),
            GroupUpdate.builder()
                .associatedArtifacts(ArtifactRef.id(artifact.id()))
                .associatedCases(CaseRef.id(investigation.id()),
                    NewCase.of("Credential Harvesting", CaseSeverity.HIGH, CaseStatus.OPEN))
                .associatedIndicators(IndicatorRef.address("71.6.135.131"),
                    NewIndicator.emailAddress("badguy@bad.com"))
                .associatedVictimAssets(VictimAssetRef.id(mailbox.id()),
                    NewVictimAsset.phone(victim.id(), "0123456789"))
                .build(),
            GroupField.ASSOCIATED_ARTIFACTS, GroupField.ASSOCIATED_CASES, GroupField.ASSOCIATED_INDICATORS,
            GroupField.ASSOCIATED_VICTIM_ASSETS);
    report.step("Linked Group " + wave.id() + " to new and existing Artifacts, Cases, Indicators and Victim Assets",
        "PUT /v3/groups/" + wave.id() + "?fields=associatedArtifacts&fields=associatedCases&...");
    report.shows("associatedArtifacts", linked.associatedArtifacts(), Artifact::summary);
    report.shows("associatedCases", linked.associatedCases(), Case::name);
    report.shows("associatedIndicators", linked.associatedIndicators(), Indicator::summary);
    report.shows("associatedVictimAssets", linked.associatedVictimAssets(), a -> a.type() + " " + a.id());
    report.linked(7);
    rememberLinked(linked);

    Case followUp =
        tc.cases().update(
            investigation.id(),
            CaseUpdate.builder()
                .associatedIndicators(IndicatorRef.host("ultrabadguy.com"))
                .associatedGroups(GroupRef.id(badGuy.id()))
                .build(),
            CaseField.ASSOCIATED_INDICATORS, CaseField.ASSOCIATED_GROUPS, CaseField.ASSOCIATED_CASES);
    report.step("Linked Case " + investigation.id() + " to the Host and, across owners, to \"Bad Guy\"",
        "PUT /v3/cases/" + investigation.id());
    report.shows("associatedGroups", followUp.associatedGroups(), Walkthrough::describe);
    report.linked(2);

    IntelRequirement requirement =
        tc.intelRequirements().create(
            IntelRequirementCreate.of("Who phishes our finance team?", "IR-PHISH-001", 1,
                    KeywordSection.of(KeywordComparison.INCLUDES, 0, "invoice", "wire transfer"))
                .associatedArtifacts(ArtifactRef.id(artifact.id()))
                .associatedCases(CaseRef.id(investigation.id()))
                .associatedGroups(GroupRef.id(wave.id()))
                .associatedIndicators(IndicatorRef.host("ultrabadguy.com"))
                .associatedVictimAssets(VictimAssetRef.id(mailbox.id()))
                .build(),
            IntelRequirementField.ASSOCIATED_GROUPS, IntelRequirementField.ASSOCIATED_VICTIM_ASSETS);
    remember(() -> tc.intelRequirements().delete(requirement.id()));
    report.step("Created Intelligence Requirement " + requirement.id()
            + " linked to an Artifact, a Case, a Group, an Indicator and a Victim Asset",
        "POST /v3/intelRequirements");
    report.shows("associatedGroups", requirement.associatedGroups(), Group::name);
    report.linked(5);

    // A declared client: checked against the table when it compiled, implemented by the processor.
    PhishingTriage triage = tc.create(PhishingTriage.class);
    Victim targeted = triage.targetedBy(victim.id(), wave.id());
    report.step("Linked Victim " + victim.id() + " to Group " + wave.id() + " with the declared PhishingTriage client",
        "PUT /v3/victims/" + victim.id() + "?fields=associatedGroups");
    report.shows("associatedGroups", targeted.associatedGroups(), Group::name);
    report.linked(1);
    Group campaign = triage.attachHosts(wave.id(), List.of("login-micros0ft.com", "ultrabadguy.com"));
    report.step("Attached two Hosts by name to Group " + wave.id() + ", one of them new",
        "PUT /v3/groups/" + wave.id() + "?fields=associatedIndicators");
    report.shows("associatedIndicators", campaign.associatedIndicators(), Indicator::summary);
    report.linked(2);
    rememberHost("login-micros0ft.com");

    pivot(wave);

    // Read back from the other side.
    Indicator readBack =
        tc.indicators().get("ultrabadguy.com", IndicatorField.ASSOCIATED_GROUPS, IndicatorField.ASSOCIATED_ARTIFACTS,
            IndicatorField.ASSOCIATED_CASES);
    report.step("Read the Host back with its associations", "GET /v3/indicators/ultrabadguy.com?fields=...");
    report.shows("associatedGroups", readBack.associatedGroups(), Walkthrough::describe);
    report.shows("associatedArtifacts", readBack.associatedArtifacts(), Artifact::summary);
    report.shows("associatedCases", readBack.associatedCases(), Case::name);

    // Replace, then remove by ID.
    Indicator replaced =
        tc.indicators().update("ultrabadguy.com",
            IndicatorUpdate.builder().associatedGroups(Associations.replace(GroupRef.id(wave.id()))).build(),
            IndicatorField.ASSOCIATED_GROUPS);
    report.step("Replaced the Host's Groups with Group " + wave.id() + " alone",
        "PUT /v3/indicators/ultrabadguy.com {\"associatedGroups\": {..., \"mode\": \"replace\"}}");
    report.shows("associatedGroups", replaced.associatedGroups(), Walkthrough::describe);
    report.unlinked(1);
    Indicator detached = triage.detach("ultrabadguy.com", wave.id());
    report.step("Removed Group " + wave.id() + " from the Host by ID with the declared client",
        "PUT /v3/indicators/ultrabadguy.com {\"associatedGroups\": {..., \"mode\": \"delete\"}}");
    report.shows("associatedGroups", detached.associatedGroups(), Walkthrough::describe);
    report.unlinked(1);

    Indicator tagged =
        tc.indicators().update("ultrabadguy.com",
            IndicatorUpdate.builder()
                .securityLabels(Metadata.replace(SecurityLabel.of("TLP:RED")))
                .tags(Metadata.append(Tag.of("Russia")))
                .build(),
            IndicatorField.SECURITY_LABELS, IndicatorField.TAGS);
    report.step("Replaced the Host's security labels and appended a tag in one PUT", "PUT /v3/indicators/ultrabadguy.com");
    report.shows("securityLabels", tagged.securityLabels(), SecurityLabelInfo::name);
    report.shows("tags", tagged.tags(), TagInfo::name);

    indicatorToIndicator();
    refusals(victim, badGuy);
    fanOut();
    batchImport();
  }

  /**
   * Many calls at once without a thread each: asynchronous creates, then updates, from a client
   * that never has more than {@value #BUDGET} requests in flight however many are waiting.
   */
  private void fanOut() {
    ThreatConnect budgeted = connection.clientWithBudget(BUDGET);
    connection.countConcurrencyFromNow();
    List<CompletableFuture<Indicator>> creates = new ArrayList<>();
    for (int i = 1; i <= FAN_OUT; i++) {
      creates.add(budgeted.async().indicators().create(IndicatorCreate.host("wave-" + i + ".ultrabadguy.com").build()));
    }
    // Wait for every create, failed or not, so that each Host made is deleted at the end.
    CompletableFuture.allOf(creates.toArray(CompletableFuture[]::new)).exceptionally(failed -> null).join();
    creates.stream().filter(create -> !create.isCompletedExceptionally()).map(CompletableFuture::join)
        .forEach(host -> remember(() -> tc.indicators().delete(host.id())));
    List<Indicator> hosts = creates.stream().map(CompletableFuture::join).toList();
    IndicatorUpdate tag = IndicatorUpdate.builder().tags(Metadata.append(Tag.of("Phishing wave"))).build();
    List<CompletableFuture<Indicator>> updates =
        hosts.stream().map(host -> budgeted.async().indicators().update(host.id(), tag, IndicatorField.TAGS)).toList();
    CompletableFuture.allOf(updates.toArray(CompletableFuture[]::new)).join();
    long tagged = updates.stream()
        .filter(update -> update.join().tags().stream().anyMatch(t -> "Phishing wave".equals(t.name())))
        .count();
    report.step("Created " + FAN_OUT + " Hosts, then tagged each, all at once with tc.async() under"
            + " maxConcurrentRequests(" + BUDGET + ")",
        FAN_OUT + " x POST /v3/indicators, then " + FAN_OUT + " x PUT /v3/indicators/{id}?fields=tags");
    report.note(tagged + " of " + FAN_OUT + " updates came back with the tag \"Phishing wave\"");
    connection.peakConcurrency()
        .ifPresent(peak -> report.note("the sandbox answered at most " + peak + " requests at once"));
  }

  /**
   * Many objects in one request: a V2 Batch job imports an Incident and {@value #BATCH_HOSTS}
   * Hosts linked to it, plus a File whose summary holds two MD5 hashes, which the job refuses; the
   * error comes back tied to that File. A Delete job of the same file removes them at the end.
   */
  private void batchImport() {
    BatchFile file = BatchFile.create();
    BatchGroup incident = BatchGroups.incident("tcpivot-walkthrough:batch-wave", "Phishing wave (batch)")
        .status("New").tag("Phishing wave");
    file.add(incident);
    for (int i = 1; i <= BATCH_HOSTS; i++) {
      var host = BatchIndicators.host("batch-" + i + ".ultrabadguy.com").rating(3).confidence(60);
      file.add(host).associate(host, incident);
    }
    file.add(BatchIndicators.file(TWO_MD5));
    List<String> progress = new ArrayList<>();
    BatchListener listener = new BatchListener() {
      @Override
      public void uploaded(int part, long jobId, long bytes) {
        progress.add("job " + jobId + ": uploaded " + bytes + " bytes");
      }

      @Override
      public void completed(BatchJobResult job) {
        progress.add("job " + job.jobId() + ": " + job.status().status() + ", " + job.successCount()
            + " succeeded, " + job.errorCount() + " failed");
      }
    };
    BatchResult result = tc.batch().run(file, batchOptions(BatchAction.CREATE), listener);
    created += (int) result.successCount() - BATCH_HOSTS; // the other successes are the associations
    report.linked(BATCH_HOSTS);
    cleanup.push(() -> {
      try (file) {
        return (int) tc.batch().run(file, batchOptions(BatchAction.DELETE)).successCount();
      }
    });
    report.step("Imported an Incident and " + BATCH_HOSTS + " Hosts linked to it, and a File with two MD5"
            + " hashes, as one V2 Batch job", "POST /v2/batch, POST /v2/batch/{id} (the file), GET"
            + " /v2/batch/{id} until Completed, GET /v2/batch/{id}/results");
    progress.forEach(report::note);
    report.note("a job counts objects and links alike: the Incident, " + BATCH_HOSTS + " Hosts and their "
        + BATCH_HOSTS + " links make " + (1 + 2 * BATCH_HOSTS) + "; the File is the one refused");
    for (BatchError error : result.errors()) {
      report.note("error " + error.code() + " on "
          + error.object().map(BatchObject::toString).orElse("an object") + ": " + error.reason());
    }
  }

  private BatchOptions batchOptions(BatchAction action) {
    return BatchOptions.builder().owner(source).haltOnError(false).action(action)
        .attributeWriteType(AttributeWriteType.REPLACE).build();
  }

  /** Follows the links just made with typed TQL: one hop, two hops, and a count. */
  private void pivot(Group wave) {
    IndicatorQuery inWave = IndicatorQuery.hasGroup(GroupQuery.id().eq(wave.id()));
    List<Indicator> members = tc.indicators().list(inWave).stream().toList();
    report.step("Listed the Indicators of Group " + wave.id() + " with a nested query",
        "GET /v3/indicators?tql=" + inWave.toTql());
    report.shows("indicators", members, Indicator::summary);

    // Two hops: the Groups of any Indicator that shares a Group with the new Host.
    GroupQuery twoHops =
        GroupQuery.hasIndicator(
            IndicatorQuery.hasGroup(GroupQuery.hasIndicator(IndicatorQuery.summary().eq("login-micros0ft.com"))));
    List<Group> near = tc.groups().list(twoHops).stream().toList();
    report.step("Listed the Groups two hops from login-micros0ft.com", "GET /v3/groups?tql=" + twoHops.toTql());
    report.shows("groups", near, Walkthrough::describe);

    IndicatorQuery hosts = IndicatorQuery.typeName().eq("Host").and(inWave);
    long count = tc.indicators().count(hosts);
    report.step("Counted the Hosts in Group " + wave.id(), "GET /v3/indicators?tql=" + hosts.toTql() + "&count=true");
    report.note(count + " Hosts");
  }

  /** An Address can be associated to an ASN, not the other way round (the default associations). */
  private void indicatorToIndicator() {
    Indicator asn = tc.indicators().create(IndicatorCreate.asn("ASN204288").build());
    remember(() -> tc.indicators().delete(asn.id()));
    Indicator withAddress =
        tc.indicators().update("ASN204288",
            IndicatorUpdate.builder().associatedIndicators(IndicatorRef.address("66.96.146.129")).build(),
            IndicatorField.ASSOCIATED_INDICATORS);
    rememberHost("66.96.146.129");
    report.step("Associated Address 66.96.146.129 to ASN204288 (ASN to Address)",
        "PUT /v3/indicators/ASN204288?fields=associatedIndicators");
    report.shows("associatedIndicators", withAddress.associatedIndicators(), Indicator::summary);
    report.linked(1);
    report.step("Tried the reverse: ASN204288 associated to the Address",
        "PUT /v3/indicators/66.96.146.129");
    try {
      tc.indicators().update("66.96.146.129",
          IndicatorUpdate.builder().associatedIndicators(IndicatorRef.asn("ASN204288")).build());
      report.note("accepted: this instance has a custom association for it");
    } catch (ThreatConnectException e) {
      report.refused(e);
    }
  }

  /** What only the server can know: the Group "Bad Guy" lives in another owner. */
  private void refusals(Victim victim, Group badGuy) {
    report.step("Tried to link Victim " + victim.id() + " to \"Bad Guy\", a Group in " + source,
        "PUT /v3/victims/" + victim.id() + " (victims take no associations across owners)");
    try {
      tc.victims().update(victim.id(), VictimUpdate.builder().associatedGroups(GroupRef.id(badGuy.id())).build());
      report.note("accepted by this instance");
    } catch (ThreatConnectException e) {
      report.refused(e);
    }
  }

  private void remember(Runnable delete) {
    created++;
    cleanup.push(() -> {
      delete.run();
      return 1;
    });
  }

  /** The objects a Group update created inline, so that they are deleted too. */
  private void rememberLinked(Group linked) {
    for (Case c : linked.associatedCases()) {
      if ("Credential Harvesting".equals(c.name())) {
        remember(() -> tc.cases().delete(c.id()));
      }
    }
    for (Indicator i : linked.associatedIndicators()) {
      remember(() -> tc.indicators().delete(i.id()));
    }
    for (VictimAsset asset : linked.associatedVictimAssets()) {
      if ("Phone".equals(asset.type())) {
        remember(() -> tc.victimAssets().delete(asset.id()));
      }
    }
  }

  private void rememberHost(String summary) {
    remember(() -> tc.indicators().delete(summary));
  }

  /** Deletes everything in reverse order of creation; returns how many deletes succeeded. */
  private int deleteWhatItCreated() {
    int deleted = 0;
    while (!cleanup.isEmpty()) {
      try {
        deleted += cleanup.pop().getAsInt();
      } catch (NotFoundException e) {
        alreadyGone++; // deleted with its parent: a Case's Artifacts, a Victim's assets
      } catch (ThreatConnectException e) {
        // Refused; the summary's counts show it.
      }
    }
    return deleted;
  }

  private static String describe(Group group) {
    return group.name() + " (" + group.type() + ", " + group.ownerName() + ")";
  }
}
