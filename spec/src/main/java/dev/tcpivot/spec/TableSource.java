package dev.tcpivot.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the table files come from: the built-in set, a directory, or anything else by name. */
@FunctionalInterface
public interface TableSource {
  /** The text of the named table file, e.g. {@code associations.table}, if this source has it. */
  Optional<String> read(String fileName);

  /** The tables that ship inside this jar, documented against ThreatConnect 7.12. */
  static TableSource builtIn() {
    return fileName -> {
      try (InputStream in = Spec.class.getResourceAsStream(fileName)) {
        if (in == null) {
          return Optional.empty();
        }
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read built-in table " + fileName, e);
      }
    };
  }

  /**
   * The files of a directory, each one replacing the built-in file of the same name; files the
   * directory lacks come from the built-in set. An instance with custom Indicator types or custom
   * associations supplies only the files it changes.
   */
  static TableSource overlay(Path directory) {
    TableSource builtIn = builtIn();
    return fileName -> {
      Path file = directory.resolve(fileName);
      if (!Files.isRegularFile(file)) {
        return builtIn.read(fileName);
      }
      try {
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read table " + file, e);
      }
    };
  }
}
