package dev.tcpivot.bench.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The standalone sandbox ({@code java dev.tcpivot.sandbox.Sandbox --port 0}) in a JVM of its own,
 * started from this JVM's class path, so that the objects it stores are not on this JVM's heap.
 * Its base URL and HMAC credentials are read from what it prints when it starts.
 */
final class SandboxProcess implements AutoCloseable {
  static final String ORGANIZATION = "Demo Organization";

  private final Process process;
  private String baseUrl;
  private String accessId;
  private String secretKey;

  private SandboxProcess(Process process) {
    this.process = process;
  }

  static SandboxProcess start() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        "dev.tcpivot.sandbox.Sandbox", "--port", "0", "--organization", ORGANIZATION))
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    SandboxProcess sandbox;
    try {
      sandbox = new SandboxProcess(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the sandbox's JVM", e);
    }
    try {
      sandbox.readDescription();
    } catch (RuntimeException e) {
      sandbox.close();
      throw e;
    }
    return sandbox;
  }

  /** Reads the lines the sandbox prints at start, up to "Stop it with Ctrl-C."; then drains the rest. */
  private void readDescription() {
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    try {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        String text = line.trim();
        if (text.startsWith("base URL")) {
          baseUrl = value(text, "base URL");
        } else if (text.startsWith("access id")) {
          accessId = value(text, "access id");
        } else if (text.startsWith("secret key")) {
          secretKey = value(text, "secret key");
        } else if (text.startsWith("Stop it with")) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read what the sandbox printed", e);
    }
    if (baseUrl == null || accessId == null || secretKey == null) {
      throw new IllegalStateException("the sandbox did not print its base URL and credentials");
    }
    Thread drain = new Thread(() -> {
      try {
        out.transferTo(java.io.Writer.nullWriter());
      } catch (IOException ended) {
        // the process is gone: nothing more to read
      }
    }, "sandbox-output");
    drain.setDaemon(true);
    drain.start();
  }

  private static String value(String line, String label) {
    return line.substring(label.length()).trim();
  }

  String baseUrl() {
    return baseUrl;
  }

  String accessId() {
    return accessId;
  }

  String secretKey() {
    return secretKey;
  }

  /** Stops the sandbox's JVM and waits for it to end. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
