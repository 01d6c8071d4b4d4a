package dev.tcpivot.docs.requests;

import static dev.tcpivot.testing.JsonTrees.assertSameJson;
import static dev.tcpivot.testing.JsonTrees.assertWrites;
import static dev.tcpivot.testing.JsonTrees.parse;
import static dev.tcpivot.testing.JsonTrees.without;
import static dev.tcpivot.testing.JsonTrees.written;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tcpivot.Attribute;
import dev.tcpivot.KeywordSection;
import dev.tcpivot.SecurityLabel;
import dev.tcpivot.Tag;
import dev.tcpivot.v3.ArtifactCreate;
import dev.tcpivot.v3.CaseCreate;
import dev.tcpivot.v3.CaseSeverity;
import dev.tcpivot.v3.CaseStatus;
import dev.tcpivot.v3.GroupCreate;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.IncidentStatus;
import dev.tcpivot.v3.IndicatorCreate;
import dev.tcpivot.v3.IntelRequirementCreate;
import dev.tcpivot.v3.KeywordComparison;
import dev.tcpivot.v3.NewGroup;
import dev.tcpivot.v3.VictimAssetCreate;
import dev.tcpivot.v3.VictimCreate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The example POST bodies of the seven endpoints' {@code create.rst} pages, produced by the SDK.
 * Where an example uses a field the SDK has no setter for, the comment says so and the test
 * compares everything else.
 */
class CreateExampleBodiesTest {

  @Test
  void indicatorWithGroupsAttributeRatingsLabelAndTags() {
    // v3/indicators/create.rst L50-96
    String documented = """
        {
            "type": "Host",
            "hostName": "ultrabadguy.com",
            "dnsActive": true,
            "whoisActive": true,
            "active": true,
            "associatedGroups": {
                "data": [
                    {
                        "id": 12
                    },
                    {
                        "name": "Bad Guy",
                        "type": "Adversary",
                        "ownerName": "Demo Source"
                    }
                ]
            },
            "attributes": {
                "data": [
                    {
                        "type": "Description",
                        "value": "This host is very dangerous",
                        "default": true
                    }
                ]
            },
            "confidence": 85,
            "rating": 5,
            "securityLabels": {
                "data": [
                    {
                        "name": "TLP:AMBER"
                    }
                ]
            },
            "tags": {
                "data": [
                    {
                        "name": "Targeted Attack"
                    },
                    {
                        "techniqueId": "T1566"
                    }
                ]
            }
        }
        """;
    IndicatorCreate body =
        IndicatorCreate.host("ultrabadguy.com")
            .dnsActive(true)
            .whoisActive(true)
            .active(true)
            .associatedGroups(GroupRef.id(12), NewGroup.adversary("Bad Guy").ownerName("Demo Source"))
            .attributes(Attribute.of("Description", "This host is very dangerous").asDefault())
            .confidence(85)
            .rating(new BigDecimal("5"))
            .securityLabels(SecurityLabel.of("TLP:AMBER"))
            .tags(Tag.of("Targeted Attack"), Tag.technique("T1566"))
            .build();
    assertWrites(documented, body);
  }

  /**
   * The example sends {@code "eventDate": "2021-11-03"}, a date without a time. The SDK takes an
   * {@code Instant} and writes the full timestamp; the response to the example shows the API stores
   * exactly that instant ({@code "eventDate": "2021-11-03T00:00:00Z"}, create.rst L81). The rest of
   * the body is compared as documented.
   */
  @Test
  void incidentGroupWithTags() {
    // v3/groups/create.rst L40-55
    String documented = """
        {
            "type": "Incident",
            "name": "Bad Incident",
            "eventDate": "2021-11-03",
            "status": "New",
            "tags": {
                "data": [
                    {
                        "name": "Targeted Attack"
                    },
                    {
                        "techniqueId": "T1566"
                    }
                ]
            }
        }
        """;
    GroupCreate body =
        GroupCreate.incident("Bad Incident")
            .eventDate(LocalDate.of(2021, 11, 3).atStartOfDay(ZoneOffset.UTC).toInstant())
            .status(IncidentStatus.NEW)
            .tags(Tag.of("Targeted Attack"), Tag.technique("T1566"))
            .build();
    assertSameJson(without(parse(documented), "eventDate"), without(written(body), "eventDate"));
    assertEquals("2021-11-03T00:00:00Z", written(body).get("eventDate").textValue());
  }

  /**
   * The tables do not describe {@code artifacts} (Artifacts created inside the new Case) or
   * {@code assignee}, so they go through {@code json(...)} as given. The transcription writes the
   * nested Artifact's {@code "id": "2"} (a string in the docs, create.rst L47) as the number 2.
   */
  @Test
  void caseWithTag() {
    // v3/case_management/cases/create.rst L38-70
    String documented = """
        {
            "artifacts": {
                "data": [
                    {
                        "summary": "badguy.com",
                        "type": "Host",
                        "associatedIndicators": {
                            "data": [
                                {
                                    "id": 2
                                }
                            ]
                        }
                    }
                ]
            },
            "assignee": {
                "type": "User",
                "data": {
                    "userName": "smithj@threatconnect.com"
                }
            },
            "name": "Phishing Investigation",
            "severity": "Low",
            "status": "Open",
            "tags": {
                "data": [
                    {
                        "techniqueId": "T1566"
                    }
                ]
            }
        }
        """;
    CaseCreate body =
        CaseCreate.of("Phishing Investigation", CaseSeverity.LOW, CaseStatus.OPEN)
            .json("artifacts", Map.of("data", List.of(Map.of(
                "summary", "badguy.com",
                "type", "Host",
                "associatedIndicators", Map.of("data", List.of(Map.of("id", 2)))))))
            .json("assignee", Map.of("type", "User", "data", Map.of("userName", "smithj@threatconnect.com")))
            .tags(Tag.technique("T1566"))
            .build();
    assertSameJson(parse(documented), written(body));
  }

  /** The tables do not describe {@code notes}, so they go through {@code json(...)} as given. */
  @Test
  void artifactWithNewGroup() {
    // v3/case_management/artifacts/create.rst L31-37
    String documented = """
        {
            "caseId": 1,
            "summary": "badguy@bad.com",
            "type": "Email Address",
            "associatedGroups": {"data": [{"name": "Bad Guy", "type": "Adversary"}]},
            "notes": {"data": [{"text": "This email address belongs to a bad guy."}]}
        }
        """;
    ArtifactCreate body =
        ArtifactCreate.of(1, "badguy@bad.com", "Email Address")
            .associatedGroups(NewGroup.adversary("Bad Guy"))
            .json("notes", Map.of("data", List.of(Map.of("text", "This email address belongs to a bad guy."))))
            .build();
    assertSameJson(parse(documented), written(body));
  }

  /** The tables do not describe {@code assets}, so the new Victim Asset goes through {@code json(...)}. */
  @Test
  void victimWithGroupsAttributeTagsAndDetails() {
    // v3/victims/create.rst L36-81
    String documented = """
        {
            "name": "John Doe",
            "assets": {
                "data": [
                    {
                        "address": "jdoe@companyabc.com",
                        "addressType": "Corporate email",
                        "type": "EmailAddress"
                    }
                ]
            },
            "associatedGroups": {
                "data": [
                    {
                        "id": 12345
                    },
                    {
                        "name": "Bad Adversary",
                        "type": "Adversary"
                    }
                ]
            },
            "attributes": {
                "data": [
                    {
                        "type": "Description",
                        "value": "John Doe works in the Company ABC's HR Department.",
                        "default": true
                    }
                ]
            },
            "nationality": "American",
            "org": "Company ABC",
            "suborg": "HR Department",
            "tags": {
                "data": [
                    {
                        "name": "Targeted Attack"
                    },
                    {
                        "techniqueId": "T1566"
                    }
                ]
            },
            "workLocation": "Washington, D.C."
        }
        """;
    VictimCreate body =
        VictimCreate.of("John Doe")
            .associatedGroups(GroupRef.id(12345), NewGroup.adversary("Bad Adversary"))
            .attributes(
                Attribute.of("Description", "John Doe works in the Company ABC's HR Department.").asDefault())
            .nationality("American")
            .org("Company ABC")
            .suborg("HR Department")
            .tags(Tag.of("Targeted Attack"), Tag.technique("T1566"))
            .workLocation("Washington, D.C.")
            .json("assets", Map.of("data", List.of(Map.of(
                "address", "jdoe@companyabc.com", "addressType", "Corporate email", "type", "EmailAddress"))))
            .build();
    assertSameJson(parse(documented), written(body));
  }

  @Test
  void phoneVictimAsset() {
    // v3/victim_assets/create.rst L24-28
    String documented = """
        {
            "phone": "0123456789",
            "type": "Phone",
            "victimId": 2
        }
        """;
    assertWrites(documented, VictimAssetCreate.phone(2, "0123456789").build());
  }

  /**
   * The example names its category by name ({@code {"name": "CISO Priorities"}}); the SDK's
   * {@code category(long)} names a category by ID only, so the category is left out here.
   */
  @Test
  void intelligenceRequirementWithKeywordSections() {
    // v3/intelligence_requirements/create.rst L13-52
    String documented = """
        {
            "category": {
                "name": "CISO Priorities"
            },
            "description": "This IR is used to track threats to medical device companies.",
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
            ],
            "requirementText": "Threats to Medical Device Companies",
            "subtype": {
                "id": 1
            },
            "uniqueId": "IR-010"
        }
        """;
    IntelRequirementCreate body =
        IntelRequirementCreate.of(
                "Threats to Medical Device Companies",
                "IR-010",
                1,
                KeywordSection.of(
                    KeywordComparison.INCLUDES, 0,
                    "medical device companies", "healthcare", "mangled spider", "threats to medical"),
                KeywordSection.of(KeywordComparison.EXCLUDES, 0, "mrap"))
            .description("This IR is used to track threats to medical device companies.")
            .build();
    assertSameJson(without(parse(documented), "category"), written(body));
  }

  /**
   * File Actions cannot be expressed: IndicatorCreate has no {@code fileActions}, and no ref type
   * carries a {@code relationship}. The File Indicator itself is compared.
   */
  @Test
  void fileIndicatorOfTheFileActionExample() {
    // v3/indicators/associations.rst L309-329
    String documented = """
        {
            "type": "File",
            "md5": "2ea0564f33e4cb67063c4a06734eb627",
            "fileActions": {
                "data": [
                    {
                        "relationship": "File Traffic",
                        "indicator": {
                            "type": "Address",
                            "ip": "66.96.146.132"
                        }
                    },
                    {
                        "relationship": "File Archive",
                        "indicator": {
                            "id": 12
                        }
                    }
                ]
            }
        }
        """;
    IndicatorCreate body = IndicatorCreate.fileMd5("2ea0564f33e4cb67063c4a06734eb627").build();
    assertSameJson(without(parse(documented), "fileActions"), written(body));
  }
}
