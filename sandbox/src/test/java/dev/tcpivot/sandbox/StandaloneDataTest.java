package dev.tcpivot.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone sandbox's {@code --data FILE}: starts from it if it exists, saves to it on exit. */
class StandaloneDataTest {
  @Test
  void commandLineTakesADataFile() {
    assertEquals(
        Optional.of(Path.of("world.json")),
        CommandLine.parse(new String[] {"--data", "world.json"}).data());
    assertEquals(Optional.empty(), CommandLine.parse(new String[0]).data());
    assertEquals(
        "--data needs a file",
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> CommandLine.parse(new String[] {"--data"}))
            .getMessage());
  }

  @Test
  void savesOnStopAndStartsFromTheFileNextTime(@TempDir Path dir) {
    Path file = dir.resolve("world.json");
    CommandLine.Options options = CommandLine.parse(new String[] {"--data", file.toString()});
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Sandbox first = Sandbox.startStandalone(options, quiet);
    new TestClient(first).post("/v3/victims", "{\"name\": \"Kept\"}");
    first.stopStandalone(options);
    assertTrue(Files.exists(file));

    Sandbox second = Sandbox.startStandalone(options, quiet);
    try {
      Response victims = new TestClient(second).get("/v3/victims");
      assertEquals("Kept", victims.data().get(0).path("name").asText(), victims::toString);
    } finally {
      second.close();
    }
  }

  /** A real process stopped with SIGTERM runs its shutdown hook, which writes the file. */
  @Test
  void theShutdownHookSavesTheData(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("world.json");
    Process process = start(file);
    Map<String, String> printed = printed(process);
    assertEquals(file + " (saved on exit)", printed.get("data"));
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(URI.create(printed.get("base URL") + "/v3/groups"))
                .header("Authorization", "TC-Token " + printed.get("API token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\": \"Adversary\", \"name\": \"Saved\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(201, created.statusCode(), created::body);
    process.destroy();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    String saved = Files.readString(file);
    assertTrue(saved.contains("\"name\" : \"Saved\""), saved);
  }

  private static Process start(Path file) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            Sandbox.class.getName(),
            "--data",
            file.toString())
        .redirectErrorStream(true)
        .start();
  }

  /** The lines "  base URL   http://..." and so on, up to "Stop it with Ctrl-C.". */
  private static Map<String, String> printed(Process process) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    Map<String, String> printed = new HashMap<>();
    String line;
    while ((line = out.readLine()) != null && !line.startsWith("Stop it")) {
      if (line.startsWith("  ") && line.length() > 13) {
        printed.put(line.substring(2, 13).trim(), line.substring(13).trim());
      }
    }
    return printed;
  }
}
