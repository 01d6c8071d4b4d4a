package dev.tcpivot.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.tcpivot.IdRef;
import dev.tcpivot.Paged;
import dev.tcpivot.ThreatConnect;
import dev.tcpivot.v3.GroupQuery;
import dev.tcpivot.v3.GroupRef;
import dev.tcpivot.v3.IndicatorQuery;
import dev.tcpivot.v3.IndicatorCreate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A declared client, compiled by the processor and obtained with {@code ThreatConnect.create},
 * sends the requests the documentation shows for what its methods declare.
 */
class DeclaredClientOnTheWireTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOST = "{\"status\":\"Success\",\"data\":{\"id\":1,\"type\":\"Host\",\"summary\":\"badguy.com\"}}";

  private static Class<?> client;
  private MockWebServer server;
  private Object triage;

  @BeforeAll
  static void compile() throws ClassNotFoundException {
    ClassLoader loader = new GeneratedClassLoader(GoldenClients.compile().compilation());
    client = Class.forName("com.acme.triage.PhishingTriage", true, loader);
  }

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    ThreatConnect tc = ThreatConnect.builder().baseUrl(server.url("/api").toString()).token("token").build();
    triage = tc.create(client);
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  @Test
  void anUpdateWithIdsAppendsThemWithoutAMode() throws Exception {
    server.enqueue(new MockResponse().setBody(HOST));
    call("linkToCampaigns", "badguy.com", List.of(12L, 15L));
    RecordedRequest request = server.takeRequest();
    assertEquals("PUT /api/v3/indicators/badguy.com?fields=associatedGroups", request.getMethod() + " " + request.getPath());
    assertJson("{\"associatedGroups\": {\"data\": [{\"id\": 12}, {\"id\": 15}]}}", request);
  }

  @Test
  void summariesBecomeTypeAndSummaryField() throws Exception {
    server.enqueue(new MockResponse().setBody(HOST));
    call("addAddresses", "ASN204288", List.of("66.96.146.129"));
    RecordedRequest request = server.takeRequest();
    assertEquals("PUT /api/v3/indicators/ASN204288", request.getMethod() + " " + request.getPath());
    // v3/indicators/associations.rst, PUT /v3/indicators/ASN204288
    assertJson("{\"associatedIndicators\": {\"data\": [{\"ip\": \"66.96.146.129\", \"type\": \"Address\"}]}}", request);
  }

  @Test
  void aDeleteSendsIdsWithItsMode() throws Exception {
    server.enqueue(new MockResponse().setBody(HOST));
    Object groups = Array.newInstance(IdRef.class, 1);
    Array.set(groups, 0, GroupRef.id(12345));
    call("unlink", "badguy.com", groups);
    RecordedRequest request = server.takeRequest();
    assertEquals("PUT /api/v3/indicators/badguy.com", request.getMethod() + " " + request.getPath());
    // v3/associations.rst, "Delete Associations"
    assertJson("{\"associatedGroups\": {\"data\": [{\"id\": 12345}], \"mode\": \"delete\"}}", request);
  }

  @Test
  void aCreateAddsTheAssociationToItsBody() throws Exception {
    server.enqueue(new MockResponse().setBody(HOST));
    call("report", IndicatorCreate.host("ultrabadguy.com").build(), 12L, "Demo Source");
    RecordedRequest request = server.takeRequest();
    assertEquals(
        "POST /api/v3/indicators?fields=associatedGroups&owner=Demo%20Source",
        request.getMethod() + " " + request.getPath());
    assertJson(
        "{\"type\": \"Host\", \"hostName\": \"ultrabadguy.com\", \"associatedGroups\": {\"data\": [{\"id\": 12}]}}",
        request);
  }

  /** A typed query parameter becomes the tql parameter (v3/filter_results.rst); null lists without one. */
  @Test
  void aTypedQueryIsTheTqlParameter() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"status\":\"Success\",\"data\":[{\"id\":7,\"type\":\"Campaign\"}]}"));
    Object pivot = call("pivot", GroupQuery.typeName().eq("Campaign")
        .and(GroupQuery.hasIndicator(IndicatorQuery.summary().eq("badguy.com"))));
    assertEquals(1, ((Paged<?>) pivot).stream().count());
    RecordedRequest request = server.takeRequest();
    assertEquals(
        "GET /api/v3/groups?tql=typeName%20%3D%20%22Campaign%22%20AND%20hasIndicator%28summary%20%3D%20%22badguy.com%22%29",
        request.getMethod() + " " + request.getPath());

    server.enqueue(new MockResponse().setBody("{\"status\":\"Success\",\"data\":[]}"));
    ((Paged<?>) call("pivot", (Object) null)).stream().count();
    request = server.takeRequest();
    assertEquals("GET /api/v3/groups", request.getMethod() + " " + request.getPath());
  }

  private Object call(String name, Object... arguments) throws Exception {
    for (Method method : triage.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
        return method.invoke(triage, arguments);
      }
    }
    throw new AssertionError("no method " + name);
  }

  private static void assertJson(String expected, RecordedRequest request) throws IOException {
    assertEquals(JSON.readTree(expected), JSON.readTree(request.getBody().readUtf8()));
  }

  /** Loads the classes a compilation wrote, before the test classpath's. */
  private static final class GeneratedClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes = new HashMap<>();

    GeneratedClassLoader(Compilation compilation) {
      super(DeclaredClientOnTheWireTest.class.getClassLoader());
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath();
          String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), path.length() - ".class".length());
          try (InputStream in = file.openInputStream()) {
            classes.put(name.replace('/', '.'), in.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          return super.loadClass(name, resolve);
        }
        Class<?> loaded = findLoadedClass(name);
        return loaded != null ? loaded : defineClass(name, bytes, 0, bytes.length);
      }
    }
  }
}
