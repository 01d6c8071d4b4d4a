package dev.tcpivot.compile;

import org.junit.jupiter.api.Test;

/**
 * A new object must "define all fields required to create" it (seed page, "New Artifact", "New
 * Case", "New Victim Asset"): no factory exists without them. The required fields are those of
 * reference/API-FACTS.md, section 7.2.
 */
class RequiredFieldsTest {

  @Test
  void aNewCaseWithoutSeverityAndStatusIsRefused() {
    Snippet.of("NewCase phishing = " + Snippet.MARK + "NewCase.of(\"x\");")
        .isRefusedWith(
            "method of in class dev.tcpivot.v3.NewCase cannot be applied to given types",
            "required: java.lang.String,dev.tcpivot.v3.CaseSeverity,dev.tcpivot.v3.CaseStatus");
  }

  @Test
  void aNewArtifactWithoutItsTypeIsRefused() {
    Snippet.of("NewArtifact artifact = " + Snippet.MARK + "NewArtifact.of(1, \"x\");")
        .isRefusedWith(
            "method of in class dev.tcpivot.v3.NewArtifact cannot be applied to given types",
            "required: long,java.lang.String,java.lang.String");
  }

  @Test
  void aNewVictimAssetWithoutItsAddressIsRefused() {
    Snippet.of("NewVictimAsset asset = " + Snippet.MARK + "NewVictimAsset.emailAddress(1);")
        .isRefusedWith(
            "method emailAddress in class dev.tcpivot.v3.NewVictimAsset cannot be applied to given types",
            "required: long,java.lang.String");
  }

  @Test
  void aRegistryKeyWithoutItsValueTypeIsRefused() {
    Snippet.of(
            "IndicatorCreate body = " + Snippet.MARK
                + "IndicatorCreate.registryKey(\"HKEY_LOCAL_MACHINE\\\\Software\\\\Run\", \"v\").build();")
        .isRefusedWith(
            "method registryKey in class dev.tcpivot.v3.IndicatorCreate cannot be applied to given types",
            "required: java.lang.String,java.lang.String,dev.tcpivot.v3.RegistryValueType");
  }

  @Test
  void aSignatureWithoutItsFileIsRefused() {
    Snippet.of("NewGroup signature = " + Snippet.MARK + "NewGroup.signature(\"Bad Guy rule\");")
        .isRefusedWith(
            "method signature in class dev.tcpivot.v3.NewGroup cannot be applied to given types",
            "required: java.lang.String,java.lang.String,java.lang.String,java.lang.String");
  }

  @Test
  void aCaseBodyWithoutSeverityAndStatusIsRefused() {
    Snippet.of("CaseCreate body = " + Snippet.MARK + "CaseCreate.of(\"x\").build();")
        .isRefusedWith(
            "method of in class dev.tcpivot.v3.CaseCreate cannot be applied to given types",
            "required: java.lang.String,dev.tcpivot.v3.CaseSeverity,dev.tcpivot.v3.CaseStatus");
  }

  @Test
  void theDocumentedNewObjectsCompile() {
    Snippet.of(
            "NewArtifact artifact = NewArtifact.of(12345, \"badguy@bad.com\", \"Email Address\");",
            "NewCase phishing = NewCase.of(\"Phishing Investigation\", CaseSeverity.LOW, CaseStatus.OPEN);",
            "Ref<Group> adversary = NewGroup.adversary(\"Bad Guy\").ownerName(\"Demo Source\");",
            "Ref<Indicator> host = NewIndicator.host(\"badguy.com\").ownerName(\"Demo Source\");",
            "NewVictimAsset asset = NewVictimAsset.emailAddress(12345, \"jsmith@companyabc.com\");",
            "NewGroup signature = NewGroup.signature(\"Bad Guy rule\", \"bad.yara\", \"rule bad {}\", \"YARA\");",
            "IndicatorCreate key = IndicatorCreate.registryKey(",
            "        \"HKEY_LOCAL_MACHINE\\\\Software\\\\Run\", \"v\", RegistryValueType.REG_SZ).build();",
            "CaseCreate body = CaseCreate.of(\"Phishing Investigation\", CaseSeverity.LOW, CaseStatus.OPEN).build();")
        .compiles();
  }
}
