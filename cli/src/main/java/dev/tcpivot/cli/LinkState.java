package dev.tcpivot.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How far a link run got, saved after each chunk that landed so that a rerun goes on after it: the
 * input file (path, size and SHA-256, so that an edited file is not taken for the same), the
 * target, the kind of the objects, and how many of the file's objects are linked.
 *
 * @param input the input file's absolute path
 * @param size its size in bytes
 * @param sha256 its SHA-256, in hex
 * @param target {@code --to}, e.g. {@code groups:12}
 * @param objects the kind of the objects, e.g. {@code indicators}
 * @param linked how many of the file's objects, from the first, are linked
 * @param lastLine the line of the last of them
 */
record LinkState(
    @JsonProperty("input") String input,
    @JsonProperty("size") long size,
    @JsonProperty("sha256") String sha256,
    @JsonProperty("target") String target,
    @JsonProperty("objects") String objects,
    @JsonProperty("linked") int linked,
    @JsonProperty("lastLine") int lastLine) {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The state of a run that has linked nothing yet. */
  static LinkState start(Path input, String target, String objects) throws IOException {
    return new LinkState(input.toAbsolutePath().normalize().toString(), Files.size(input), sha256(input), target, objects, 0, 0);
  }

  /** The same run, after {@code linked} objects, the last on line {@code lastLine}. */
  LinkState after(int linked, int lastLine) {
    return new LinkState(input, size, sha256, target, objects, linked, lastLine);
  }

  /** Whether {@code other} is a run of the same input, target and kind of objects. */
  boolean sameRunAs(LinkState other) {
    return input.equals(other.input) && size == other.size && sha256.equals(other.sha256)
        && target.equals(other.target) && objects.equals(other.objects);
  }

  /** The saved state, if the file exists. */
  static Optional<LinkState> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), LinkState.class));
    } catch (IOException e) {
      throw new IOException("the state file " + file + " cannot be read (" + e.getMessage()
          + "); rerun with --restart to start over", e);
    }
  }

  /** Writes the state to a temporary file beside {@code file}, then moves it into place in one step. */
  void save(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      JSON.writeValue(temp.toFile(), this);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
