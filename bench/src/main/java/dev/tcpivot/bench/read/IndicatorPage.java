package dev.tcpivot.bench.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The body of one page of {@code GET /v3/indicators?fields=associatedGroups}: {@link #INDICATORS}
 * Indicators, Hosts, Addresses and Email Addresses in turn, each with the fields
 * v3/indicators/retrieve.rst shows for its type and {@link #GROUPS_EACH} associated Groups shaped
 * like the one in v3/update_metadata.rst (with its {@code createdBy} user).
 */
public final class IndicatorPage {
  public static final int INDICATORS = 1_000;
  public static final int GROUPS_EACH = 3;

  private IndicatorPage() {}

  /** The UTF-8 bytes of the page; the same every time. */
  public static byte[] body() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator out = new JsonFactory().createGenerator(bytes)) {
      out.writeStartObject();
      out.writeArrayFieldStart("data");
      for (int i = 0; i < INDICATORS; i++) {
        indicator(out, i);
      }
      out.writeEndArray();
      out.writeNumberField("count", INDICATORS);
      out.writeStringField("status", "Success");
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The summary of the i-th Indicator. */
  static String summary(int i) {
    return switch (i % 3) {
      case 0 -> "host-" + i + ".badguy.example";
      case 1 -> "10.1." + (i / 250) + "." + (i % 250);
      default -> "badguy" + i + "@bad.example";
    };
  }

  /** The ID of the k-th Group of the i-th Indicator: 30 Groups, shared between Indicators. */
  static long groupId(int i, int k) {
    return 100 + (i * 7 + k * 11) % 30;
  }

  private static void indicator(JsonGenerator out, int i) throws IOException {
    long id = 10_000 + i;
    String summary = summary(i);
    String type = switch (i % 3) {
      case 0 -> "Host";
      case 1 -> "Address";
      default -> "EmailAddress";
    };
    out.writeStartObject();
    out.writeNumberField("id", id);
    out.writeNumberField("ownerId", 1);
    out.writeStringField("ownerName", "Demo Organization");
    out.writeStringField("dateAdded", "2021-10-26T12:40:00Z");
    out.writeStringField("webLink", "https://app.threatconnect.com/#/details/indicators/" + id + "/overview");
    out.writeStringField("type", type);
    out.writeStringField("lastModified", "2021-11-02T14:58:55Z");
    out.writeFieldName("rating");
    out.writeNumber(BigDecimal.valueOf(100 + (i % 5) * 100L, 2));
    out.writeNumberField("confidence", 50 + i % 50);
    out.writeStringField("description", "A bad " + type + ".");
    out.writeStringField("summary", summary);
    out.writeBooleanField("privateFlag", false);
    out.writeBooleanField("active", true);
    out.writeBooleanField("activeLocked", false);
    switch (i % 3) {
      case 0 -> {
        out.writeStringField("hostName", summary);
        out.writeBooleanField("dnsActive", true);
        out.writeBooleanField("whoisActive", false);
      }
      case 1 -> out.writeStringField("ip", summary);
      default -> out.writeStringField("address", summary);
    }
    out.writeStringField("legacyLink", "https://app.threatconnect.com/auth/indicators/details/"
        + type.toLowerCase(Locale.ROOT) + ".xhtml?" + type.toLowerCase(Locale.ROOT) + "=" + summary + "&owner=Demo+Organization");
    out.writeObjectFieldStart("associatedGroups");
    out.writeArrayFieldStart("data");
    for (int k = 0; k < GROUPS_EACH; k++) {
      group(out, groupId(i, k));
    }
    out.writeEndArray();
    out.writeEndObject();
    out.writeEndObject();
  }

  private static void group(JsonGenerator out, long id) throws IOException {
    out.writeStartObject();
    out.writeNumberField("id", id);
    out.writeNumberField("ownerId", 1);
    out.writeStringField("type", "Incident");
    out.writeStringField("ownerName", "Demo Organization");
    out.writeStringField("dateAdded", "2021-08-27T12:16:56Z");
    out.writeStringField("webLink", "https://app.threatconnect.com/#/details/groups/" + id + "/overview");
    out.writeStringField("name", "Dangerous Incident " + id);
    out.writeObjectFieldStart("createdBy");
    out.writeNumberField("id", 3);
    out.writeStringField("userName", "11112222333344445555");
    out.writeStringField("firstName", "John");
    out.writeStringField("lastName", "Smith");
    out.writeStringField("pseudonym", "jsmithAPI");
    out.writeStringField("owner", "Demo Organization");
    out.writeEndObject();
    out.writeStringField("legacyLink", "https://app.threatconnect.com/auth/incident/incident.xhtml?incident=" + id);
    out.writeEndObject();
  }
}
