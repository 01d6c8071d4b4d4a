package dev.tcpivot.clients;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.tcpivot.annotations.Associate;
import dev.tcpivot.annotations.Body;
import dev.tcpivot.annotations.Create;
import dev.tcpivot.annotations.Delete;
import dev.tcpivot.annotations.Get;
import dev.tcpivot.annotations.GetAll;
import dev.tcpivot.annotations.GetFields;
import dev.tcpivot.annotations.Include;
import dev.tcpivot.annotations.Key;
import dev.tcpivot.annotations.Owner;
import dev.tcpivot.annotations.ThreatConnectClient;
import dev.tcpivot.annotations.ThreatConnectSdk;
import dev.tcpivot.annotations.Tql;
import dev.tcpivot.annotations.Update;
import dev.tcpivot.processor.ClientProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gradle may run the processors incrementally (STYLE.md habit 8): both declare themselves
 * isolating, every file the client processor generates names exactly one originating element (the
 * client interface), and the annotations that trigger processing are kept in class files (CLASS
 * retention) so that Gradle sees them in compiled dependencies.
 */
class IncrementalBuildDeclarationsTest {
  private static final String INCREMENTAL = "META-INF/gradle/incremental.annotation.processors";

  @ParameterizedTest(name = "{0} is isolating")
  @ValueSource(strings = {"dev.tcpivot.processor.SdkProcessor", "dev.tcpivot.processor.ClientProcessor"})
  void bothProcessorsAreDeclaredIsolating(String processor) throws IOException {
    assertThat(incrementalKinds()).containsEntry(processor, "isolating");
  }

  @Test
  void everyGeneratedFileHasTheInterfaceAsItsOneOriginatingElement() {
    Map<String, List<String>> created = GoldenClients.compile().created();
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("com.acme.triage.PhishingTriage_Impl", List.of("com.acme.triage.PhishingTriage"));
    expected.put("com.acme.triage.AssetInventory_Assets_Impl", List.of("com.acme.triage.AssetInventory.Assets"));
    assertThat(created).containsExactlyEntriesIn(expected);
  }

  @Test
  void theTriggerAnnotationsAreKeptInClassFiles() {
    assertThat(retention(ThreatConnectClient.class)).isEqualTo(RetentionPolicy.CLASS);
    assertThat(retention(ThreatConnectSdk.class)).isEqualTo(RetentionPolicy.CLASS);
  }

  @Test
  void theOtherAnnotationsOfAClientAreKeptInClassFilesToo() {
    List<Class<? extends Annotation>> annotations =
        List.of(Create.class, Get.class, GetAll.class, Update.class, Delete.class, GetFields.class,
            Key.class, Body.class, Associate.class, Owner.class, Tql.class, Include.class);
    for (Class<? extends Annotation> annotation : annotations) {
      assertWithMessage(annotation.getName()).that(retention(annotation)).isEqualTo(RetentionPolicy.CLASS);
    }
  }

  private static RetentionPolicy retention(Class<? extends Annotation> annotation) {
    Retention retention = annotation.getAnnotation(Retention.class);
    return retention == null ? RetentionPolicy.CLASS : retention.value();
  }

  /** The declarations in the processor jar, the one ClientProcessor is loaded from. */
  private static Map<String, String> incrementalKinds() throws IOException {
    String home = ClientProcessor.class.getProtectionDomain().getCodeSource().getLocation().toString();
    List<URL> found = new ArrayList<>();
    for (URL candidate : Collections.list(ClientProcessor.class.getClassLoader().getResources(INCREMENTAL))) {
      if (candidate.toString().contains(home)) {
        found.add(candidate);
      }
    }
    assertWithMessage("%s beside ClientProcessor in %s", INCREMENTAL, home).that(found).hasSize(1);
    Map<String, String> kinds = new LinkedHashMap<>();
    try (InputStream in = found.get(0).openStream()) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String content = line.replaceAll("#.*", "").strip();
        if (!content.isEmpty()) {
          String[] parts = content.split(",", -1);
          assertWithMessage("not 'class,kind': %s", line).that(parts).hasLength(2);
          kinds.put(parts[0].strip(), parts[1].strip());
        }
      }
    }
    return kinds;
  }
}
