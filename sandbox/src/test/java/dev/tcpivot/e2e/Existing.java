package dev.tcpivot.e2e;

import dev.tcpivot.ThreatConnect;
import dev.tcpivot.v3.Artifact;
import dev.tcpivot.v3.Case;
import dev.tcpivot.v3.Group;
import dev.tcpivot.v3.Indicator;
import dev.tcpivot.v3.IntelRequirement;
import dev.tcpivot.v3.Victim;
import dev.tcpivot.v3.VictimAsset;

/** Objects that a scenario needs to exist before it starts, created through the typed SDK. */
final class Existing {
  /** The Source of the docs' examples (v3/associations.rst L141-166). */
  static final String DEMO_SOURCE = "Demo Source";

  /** The Community of the docs' examples (v3/groups/update.rst L49). */
  static final String DEMO_COMMUNITY = "Demo Community";

  private final ThreatConnect tc;

  Existing(ThreatConnect tc) {
    this.tc = tc;
  }

  Case aCase() {
    return tc.cases().create(Bodies.phishingCase().build());
  }

  Artifact anArtifact() {
    return anArtifactIn(aCase().id());
  }

  Artifact anArtifactIn(long caseId) {
    return tc.artifacts().create(Bodies.artifact(caseId).build());
  }

  Group aGroup() {
    return tc.groups().create(Bodies.adversary().build());
  }

  Group aGroupIn(String ownerName) {
    return tc.groups().create(Bodies.adversary().ownerName(ownerName).build());
  }

  Indicator anAddress() {
    return tc.indicators().create(Bodies.address().build());
  }

  Indicator anAddressIn(String ownerName) {
    return tc.indicators().create(Bodies.address().ownerName(ownerName).build());
  }

  Indicator aHost() {
    return tc.indicators().create(Bodies.host().build());
  }

  Indicator aUrl() {
    return tc.indicators().create(Bodies.url().build());
  }

  IntelRequirement anIntelRequirement() {
    return tc.intelRequirements().create(Bodies.intelRequirement().build());
  }

  Victim aVictim() {
    return tc.victims().create(Bodies.victim().build());
  }

  VictimAsset aVictimAsset() {
    return aVictimAssetOf(aVictim().id());
  }

  VictimAsset aVictimAssetOf(long victimId) {
    return tc.victimAssets().create(Bodies.emailAsset(victimId).build());
  }
}
