package dev.tcpivot.docs.requests;

import static dev.tcpivot.testing.JsonTrees.assertSameJson;
import static dev.tcpivot.testing.JsonTrees.assertWrites;
import static dev.tcpivot.testing.JsonTrees.parse;
import static dev.tcpivot.testing.JsonTrees.without;
import static dev.tcpivot.testing.JsonTrees.written;

import dev.tcpivot.Associations;
import dev.tcpivot.Attribute;
import dev.tcpivot.KeywordSection;
import dev.tcpivot.Metadata;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.v3.ArtifactRef;
import dev.tcpivot.v3.ArtifactUpdate;
import dev.tcpivot.v3.CaseResolution;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.CaseUpdate;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.GroupUpdate;
import dev.tcpivot.v3.IncidentStatus;
import dev.tcpivot.v3.IndicatorRef;
import dev.tcpivot.v3.IndicatorUpdate;
import dev.tcpivot.v3.IntelRequirementUpdate;
import dev.tcpivot.v3.KeywordComparison;
import dev.tcpivot.v3.NewGroup;
import dev.tcpivot.v3.NewIndicator;
import dev.tcpivot.v3.VictimAssetUpdate;
import dev.tcpivot.v3.VictimUpdate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The example PUT bodies of the seven endpoints' {@code update.rst} pages, of
 * {@code update_metadata.rst} and of the Indicator-to-Indicator section, produced by the SDK.
 */
class UpdateExampleBodiesTest {

  @Test
  void indicatorDissociatesReplacesLabelsAndAppendsTag() {
    // v3/indicators/update.rst L51-78
    String documented = """
        {
            "dnsActive": false,
            "associatedGroups": {
                "data": [
                    {
                        "id": 15
                    }
                ],
                "mode": "delete"
            },
            "confidence": 92,
            "securityLabels": {
                "data": [
                    {
                        "name": "TLP:RED"
                    }
                ],
                "mode": "replace"
            },
            "tags": {
                "data": [
                    {
                        "name": "Russia"
                    }
                ],
                "mode": "append"
            }
        }
        """;
    IndicatorUpdate body =
        IndicatorUpdate.builder()
            .dnsActive(false)
            .associatedGroups(Associations.delete(GroupRef.id(15)))
            .confidence(92)
            .securityLabels(Metadata.replace(SecurityLabel.of("TLP:RED")))
            .tags(Metadata.append(Tag.of("Russia")))
            .build();
    assertWrites(documented, body);
  }

  /** The three modes in one PUT, each inside its own field. */
  @Test
  void updateMetadataExampleWithThreeModes() {
    // v3/update_metadata.rst L119-144
    String documented = """
        {
            "associatedGroups": {
                "data": [
                    {
                        "id": 15
                    }
                ],
                "mode": "delete"
            },
            "securityLabels": {
                "data": [
                    {
                        "name": "TLP:RED"
                    }
                ],
                "mode": "replace"
            },
            "tags": {
                "data": [
                    {
                        "name": "Russia"
                    }
                ],
                "mode": "append"
            }
        }
        """;
    IndicatorUpdate body =
        IndicatorUpdate.builder()
            .associatedGroups(Associations.delete(GroupRef.id(15)))
            .securityLabels(Metadata.replace(SecurityLabel.of("TLP:RED")))
            .tags(Metadata.append(Tag.of("Russia")))
            .build();
    assertWrites(documented, body);
  }

  /**
   * An existing Indicator in a Community by type and summary, and a new Host Indicator in the
   * Organization; a Tag removed by name.
   */
  @Test
  void groupAssociatesIndicatorsAddsAttributeAndDeletesTag() {
    // v3/groups/update.rst L63-95
    String documented = """
        {
            "associatedIndicators": {
                "data": [
                    {
                        "address": "verybadguy@bad.com",
                        "type": "EmailAddress",
                        "ownerName": "Demo Community"
                    },
                    {
                        "hostName": "ultrabadguy.com",
                        "type": "Host"
                    }
                ]
            },
            "attributes": {
                "data": [
                    {
                        "type": "Description",
                        "value": "A very severe incident",
                        "default": true
                    }
                ]
            },
            "status": "Incident Reported",
            "tags": {
                "data": [
                    {
                        "name": "Targeted Attack"
                    }
                ],
                "mode": "delete"
            }
        }
        """;
    GroupUpdate body =
        GroupUpdate.builder()
            .associatedIndicators(
                IndicatorRef.emailAddress("verybadguy@bad.com").ownerName("Demo Community"),
                NewIndicator.host("ultrabadguy.com"))
            .attributes(Attribute.of("Description", "A very severe incident").asDefault())
            .status(IncidentStatus.INCIDENT_REPORTED)
            .tags(Metadata.delete(Tag.of("Targeted Attack")))
            .build();
    assertWrites(documented, body);
  }

  /** A new Group that carries its own association to an existing Artifact. */
  @Test
  void caseClosesAndAssociatesNewGroupWithArtifact() {
    // v3/case_management/cases/update.rst L29-47
    String documented = """
        {
            "resolution": "False Positive",
            "status": "Closed",
            "associatedGroups": {
                "data": [
                    {
                        "name": "Extreme Bad Guy",
                        "type": "Adversary",
                        "associatedArtifacts": {
                            "data": [
                                {
                                    "id": 4
                                }
                            ]
                        }
                    }
                ]
            }
        }
        """;
    CaseUpdate body =
        CaseUpdate.builder()
            .resolution(CaseResolution.FALSE_POSITIVE)
            .status(CaseStatus.CLOSED)
            .associatedGroups(NewGroup.adversary("Extreme Bad Guy").associatedArtifacts(ArtifactRef.id(4)))
            .build();
    assertWrites(documented, body);
  }

  @Test
  void artifactSummary() {
    // v3/case_management/artifacts/update.rst L22-24
    String documented = """
        {
            "summary": "verybadguy@bad.com"
        }
        """;
    assertWrites(documented, ArtifactUpdate.builder().summary("verybadguy@bad.com").build());
  }

  /** The tables do not describe {@code assets}, so the new WebSite asset goes through {@code json(...)}. */
  @Test
  void victimRenamedWithLabelsReplaced() {
    // v3/victims/update.rst L29-47
    String documented = """
        {
            "assets": {
                "data": [
                    {
                        "website": "evilll.com",
                        "type": "WebSite"
                    }
                ]
            },
            "name": "Jane Doe",
            "securityLabels": {
                "data": [
                    {
                        "name": "TLP:RED"
                    }
                ],
                "mode": "replace"
            }
        }
        """;
    VictimUpdate body =
        VictimUpdate.builder()
            .name("Jane Doe")
            .securityLabels(Metadata.replace(SecurityLabel.of("TLP:RED")))
            .json("assets", Map.of("data", List.of(Map.of("website", "evilll.com", "type", "WebSite"))))
            .build();
    assertSameJson(parse(documented), written(body));
  }

  @Test
  void victimAssetWithNewIncidentAndWebsite() {
    // v3/victim_assets/update.rst L28-38
    String documented = """
        {
            "associatedGroups": {
                "data": [
                    {
                        "name": "Bad Incident",
                        "type": "Incident"
                    }
                ]
            },
            "website": "hackerwebsite.com"
        }
        """;
    VictimAssetUpdate body =
        VictimAssetUpdate.builder()
            .associatedGroups(NewGroup.incident("Bad Incident"))
            .website("hackerwebsite.com")
            .build();
    assertWrites(documented, body);
  }

  @Test
  void intelligenceRequirementGroupAndKeywords() {
    // v3/intelligence_requirements/update.rst L32-73
    String documented = """
        {
            "associatedGroups": {
                "data": [
                    {
                        "id": 15
                    }
                ]
            },
            "keywordSections": [
                {
                    "compareValue": "includes",
                    "keywords": [
                        {
                            "value": "medical device companies"
                        },
                        {
                            "value": "healthcare"
                        },
                        {
                            "value": "mangled spider"
                        },
                        {
                            "value": "threats to medical"
                        },
                        {
                            "value": "medical device"
                        }
                    ],
                    "sectionNumber": 0
                },
                {
                    "compareValue": "excludes",
                    "keywords": [
                        {
                            "value": "mrap"
                        }
                    ],
                    "sectionNumber": 0
                }

            ]
        }
        """;
    IntelRequirementUpdate body =
        IntelRequirementUpdate.builder()
            .associatedGroups(GroupRef.id(15))
            .keywordSections(
                KeywordSection.of(
                    KeywordComparison.INCLUDES, 0,
                    "medical device companies", "healthcare", "mangled spider", "threats to medical",
                    "medical device"),
                KeywordSection.of(KeywordComparison.EXCLUDES, 0, "mrap"))
            .build();
    assertWrites(documented, body);
  }

  /** Associates an existing Address (non-primary) to an ASN (primary) by type and summary. */
  @Test
  void indicatorToIndicatorAddressToAsn() {
    // v3/indicators/associations.rst L148-157
    String documented = """
        {
            "associatedIndicators": {
                "data": [
                    {
                        "ip": "66.96.146.129",
                        "type": "Address"
                    }
                ]
            }
        }
        """;
    assertWrites(documented,
        IndicatorUpdate.builder().associatedIndicators(IndicatorRef.address("66.96.146.129")).build());
  }

  /**
   * The body the page shows going the wrong way (an ASN child on an Address). The SDK writes it
   * as documented; only the server knows the instance's association types, and refuses it
   * (see the HTTP tests for the error).
   */
  @Test
  void indicatorToIndicatorAsnToAddressBody() {
    // v3/indicators/associations.rst L209-218
    String documented = """
        {
            "associatedIndicators": {
                "data": [
                    {
                        "AS Number": "ASN204288",
                        "type": "ASN"
                    }
                ]
            }
        }
        """;
    assertWrites(documented,
        IndicatorUpdate.builder().associatedIndicators(IndicatorRef.asn("ASN204288")).build());
  }
}
