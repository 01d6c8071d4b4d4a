package dev.tcpivot.processor;

import dev.tcpivot.spec.Spec;
import dev.tcpivot.spec.SpecLoader;
import dev.tcpivot.spec.TableSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/** Which tables the processors read: the built-in ones, or a directory given as an option. */
final class Tables {
  /** A directory of table files that replace the built-in ones of the same name. */
  static final String OPTION = "tcpivot.tables";

  /** The option names a directory that is not there. */
  static final class MissingDirectoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingDirectoryException(String message) {
      super(message);
    }
  }

  private Tables() {}

  /** Whether the options name tables of their own instead of the built-in ones. */
  static boolean custom(Map<String, String> options) {
    String directory = options.get(OPTION);
    return directory != null && !directory.isBlank();
  }

  static Spec load(Map<String, String> options) {
    String directory = options.get(OPTION);
    if (directory == null || directory.isBlank()) {
      return SpecLoader.builtIn();
    }
    Path path = Paths.get(directory);
    if (!Files.isDirectory(path)) {
      throw new MissingDirectoryException(
          "-A" + OPTION + "=" + directory + " is not a directory of table files");
    }
    return SpecLoader.load(TableSource.overlay(path));
  }
}
