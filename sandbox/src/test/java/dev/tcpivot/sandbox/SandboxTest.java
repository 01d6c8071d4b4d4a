package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The handle: start, base URL, credentials, owners, close; the extension; the command line. */
@ExtendWith(SandboxExtension.class)
class SandboxTest {
  private final Sandbox injectedInConstructor;

  SandboxTest(Sandbox sandbox) {
    this.injectedInConstructor = sandbox;
  }

  /** One sandbox per test class, the same for constructors and methods. */
  @Test
  void extensionInjectsTheClassSandbox(Sandbox sandbox) {
    assertSame(injectedInConstructor, sandbox);
    assertEquals(200, new TestClient(sandbox).get("/v3/security/owners").status());
  }

  /** quick_start.rst L12: the base URL is the API root, ending in /api. */
  @Test
  void baseUrlIsTheApiRootOnLoopback(Sandbox sandbox) {
    assertEquals("http://127.0.0.1:" + sandbox.port() + "/api", sandbox.baseUrl());
    assertFalse(sandbox.accessId().isEmpty());
    assertFalse(sandbox.secretKey().isEmpty());
    assertTrue(sandbox.apiToken().startsWith("APIV2:"));
  }

  @Test
  void ownersAreTheThreeDemoOwners(Sandbox sandbox) {
    assertEquals(new Owner(1, "Demo Organization", "Organization"), sandbox.organization());
    assertEquals("Community", sandbox.community().type());
    assertEquals("Source", sandbox.source().type());
    assertEquals(
        List.of(sandbox.organization(), sandbox.source(), sandbox.community()), sandbox.owners());
  }

  @Test
  void startsOnAChosenPortAndStopsOnClose() {
    int port;
    try (Sandbox first = Sandbox.start()) {
      port = first.port();
      UncheckedIOException taken =
          assertThrows(UncheckedIOException.class, () -> Sandbox.start(port));
      assertTrue(taken.getMessage().contains(String.valueOf(port)));
    }
    try (Sandbox again = Sandbox.start(port)) {
      assertEquals(port, again.port());
      assertEquals(200, new TestClient(again).get("/v3/groups").status());
    }
    Sandbox closed = Sandbox.start();
    TestClient client = new TestClient(closed);
    closed.close();
    assertThrows(UncheckedIOException.class, () -> client.get("/v3/groups"));
  }

  @Test
  void eachSandboxHasItsOwnCredentialsAndData(Sandbox sandbox) {
    try (Sandbox other = Sandbox.start()) {
      assertNotEquals(sandbox.secretKey(), other.secretKey());
      long id = new TestClient(other).post("/v3/victims", "{\"name\": \"Only here\"}").id();
      assertEquals(404, new TestClient(sandbox).get("/v3/victims/" + id).status());
    }
  }

  @Test
  void describePrintsWhatAClientNeeds(Sandbox sandbox) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    sandbox.describe(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    for (String expected :
        List.of(sandbox.baseUrl(), sandbox.accessId(), sandbox.secretKey(), sandbox.apiToken())) {
      assertTrue(text.contains(expected), expected);
    }
  }

  @Test
  void commandLineTakesAPort() {
    assertEquals(0, CommandLine.port(new String[0]));
    assertEquals(8080, CommandLine.port(new String[] {"--port", "8080"}));
    assertEquals(9090, CommandLine.port(new String[] {"--port=9090"}));
    assertThrows(IllegalArgumentException.class, () -> CommandLine.port(new String[] {"--port"}));
    assertThrows(
        IllegalArgumentException.class, () -> CommandLine.port(new String[] {"--port", "x"}));
    assertThrows(
        IllegalArgumentException.class, () -> CommandLine.port(new String[] {"--port", "70000"}));
    assertThrows(
        IllegalArgumentException.class, () -> CommandLine.port(new String[] {"--verbose"}));
  }
}
