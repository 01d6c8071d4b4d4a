package dev.tcpivot.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The format and counts columns of the built-in tables and their {@code [formats]} examples, held
 * against other/common_errors.rst ("Creating Indicators") and
 * v3/indicators/falsePositivesObservations.rst.
 */
class FormatColumnsTest {
  private final Spec spec = SpecLoader.builtIn();
  private final Catalog indicators = spec.catalog(spec.objectAt("indicators").orElseThrow());

  /** Each section of "Creating Indicators" gives one summary field its format. */
  @Test
  void summaryFieldsHaveTheDocumentedFormats() {
    Map<String, ValueFormat> expected = new LinkedHashMap<>();
    expected.put("Address ip", ValueFormat.IP_ADDRESS); // v2_batch_api_indicator_fields.rst L149
    expected.put("EmailAddress address", ValueFormat.EMAIL_ADDRESS); // fields.rst L227-231
    expected.put("File md5", ValueFormat.MD5); // fields.rst L255-259, L276
    expected.put("File sha1", ValueFormat.SHA1); // fields.rst L260-264, L276
    expected.put("File sha256", ValueFormat.SHA256); // fields.rst L265-269, L276
    expected.put("Host hostName", ValueFormat.HOST_NAME); // L87-96
    expected.put("URL text", ValueFormat.URL); // L142-153
    expected.put("ASN AS Number", ValueFormat.ASN); // L39-51
    expected.put("CIDR Block", ValueFormat.CIDR); // L53-66
    expected.put("Registry Key Key Name", ValueFormat.REGISTRY_KEY_NAME); // L101-122
    expected.put("Registry Key Value Name", ValueFormat.REGISTRY_VALUE_NAME); // L124-140
    Map<String, ValueFormat> actual = new LinkedHashMap<>();
    for (ObjectType object : spec.objects()) {
      for (BodyField field : spec.catalog(object).body()) {
        field.format().ifPresent(f -> actual.put(String.join(", ", field.types()) + " " + field.name(), f));
      }
    }
    assertEquals(expected, actual);
  }

  /** Each format is for the Indicator type whose section describes it. */
  @Test
  void eachFormatNamesItsIndicatorType() {
    Map<ValueFormat, String> expected = new LinkedHashMap<>();
    expected.put(ValueFormat.IP_ADDRESS, "Address");
    expected.put(ValueFormat.EMAIL_ADDRESS, "EmailAddress");
    expected.put(ValueFormat.MD5, "File");
    expected.put(ValueFormat.SHA1, "File");
    expected.put(ValueFormat.SHA256, "File");
    expected.put(ValueFormat.HOST_NAME, "Host");
    expected.put(ValueFormat.URL, "URL");
    expected.put(ValueFormat.ASN, "ASN");
    expected.put(ValueFormat.CIDR, "CIDR");
    expected.put(ValueFormat.REGISTRY_KEY_NAME, "Registry Key");
    expected.put(ValueFormat.REGISTRY_VALUE_NAME, "Registry Key");
    Map<ValueFormat, String> actual = new LinkedHashMap<>();
    for (ValueFormat format : ValueFormat.values()) {
      actual.put(format, format.indicatorType());
    }
    assertEquals(expected, actual);
  }

  @Test
  void aFieldIsFoundByTypeAndName() {
    assertEquals(
        Optional.of(ValueFormat.HOST_NAME),
        indicators.bodyField("Host", "hostName").flatMap(BodyField::format));
    assertEquals(Optional.empty(), indicators.bodyField("URL", "hostName"));
    assertEquals(
        Optional.of(ValueFormat.IP_ADDRESS),
        indicators.bodyField("Address", "ip").flatMap(BodyField::format));
    assertEquals(Optional.empty(), indicators.bodyField("Mutex", "Mutex").flatMap(BodyField::format));
    assertTrue(indicators.bodyField("Mutex", "observations").orElseThrow().countsEachRequest());
  }

  /** falsePositivesObservations.rst L13-26 and L88-100: a POST or PUT reports each time. */
  @Test
  void onlyObservationsAndFalsePositivesCountEachRequest() {
    List<String> counting = new ArrayList<>();
    for (ObjectType object : spec.objects()) {
      for (BodyField field : spec.catalog(object).body()) {
        if (field.countsEachRequest()) {
          counting.add(object.endpointName() + " " + field.name());
        }
      }
    }
    assertEquals(List.of("indicators falsePositiveFlag", "indicators observations"), counting);
  }

  /** Every example of "Creating Indicators" stands in [formats] with its verdict. */
  @Test
  void theDocumentedExamplesAreInTheTable() {
    Map<String, Boolean> documented = new LinkedHashMap<>();
    documented.put("asn ASN12345", true); // L46
    documented.put("asn 12345", false); // L48
    documented.put("asn AS12345", false); // L49
    documented.put("asn AS 12345", false); // L50
    documented.put("asn ASN 12345", false); // L51
    documented.put("cidr abc:def:10:0:0:0:0:0/48", true); // L60
    documented.put("cidr abc:def:10::/48", false); // L62
    documented.put("cidr 0abc:def:10:0:0:0:0:0/48", false); // L63
    documented.put("cidr abc:0def:10:0:0:0:0:0/48", false); // L64
    documented.put("cidr abc:def:0010:0:0:0:0:0/48", false); // L65
    documented.put("cidr abc:def:10:0000:0000:0000:0000:0000/48", false); // L66
    documented.put("cidr 2001:db8:1234::/48", false); // L56, L74
    documented.put("cidr 2001:db8:1234:0:0:0:0:0/48", true); // L75
    documented.put("host name xn--sterreich-z7a.icom.museum", true); // L94
    documented.put("host name österreich.icom.museum", false); // L96
    documented.put(
        "registry key name HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows NT\\CurrentVersion\\WbemPerf\\001",
        true); // L120
    documented.put(
        "registry key name HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\WbemPerf\\001",
        false); // L122
    documented.put(
        "registry key name HKEY_LOCAL_MACHINE\\Software\\Microsoft\\DRM\\{cd704ff3-cd05-479e-acf7-6474908031dd}",
        true); // L135
    documented.put("registry value name  ", true); // L136, L140
    documented.put("registry value name ", false); // L140: without the space, an error
    documented.put("url http://example.com", true); // L149
    documented.put("url http://EXAMPLE.com", false); // L151
    Map<String, Boolean> inTable = new LinkedHashMap<>();
    for (FormatExample example : indicators.formatExamples()) {
      inTable.put(example.format().word() + " " + example.value(), example.accepted());
    }
    for (Map.Entry<String, Boolean> doc : documented.entrySet()) {
      assertEquals(doc.getValue(), inTable.get(doc.getKey()), doc.getKey());
    }
  }

  @Test
  void eachFormatHasAcceptedAndRefusedExamples() {
    for (ValueFormat format : ValueFormat.values()) {
      List<FormatExample> examples = new ArrayList<>();
      for (FormatExample example : indicators.formatExamples()) {
        if (example.format() == format) {
          examples.add(example);
        }
      }
      assertTrue(examples.stream().anyMatch(FormatExample::accepted), format.word());
      assertFalse(examples.stream().allMatch(FormatExample::accepted), format.word());
    }
  }

  /** An example keeps its spaces, #, | and backslashes: it is the value, exactly. */
  @Test
  void examplesAreReadVerbatim() {
    List<String> values = new ArrayList<>();
    for (FormatExample example : indicators.formatExamples()) {
      values.add(example.value());
    }
    assertTrue(values.contains(" "));
    assertTrue(values.contains(""));
    assertTrue(values.contains("http://example.com/Ä?Q=1#F"));
    assertTrue(values.contains("HKLM\\Software\\Microsoft"));
  }
}
