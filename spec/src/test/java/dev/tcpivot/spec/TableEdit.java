package dev.tcpivot.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

/** One built-in file with one piece of text replaced, and the line where the piece stands. */
final class TableEdit {
  final String file;
  final String text;
  final int line;

  private TableEdit(String file, String text, int line) {
    this.file = file;
    this.text = text;
    this.line = line;
  }

  /** Replaces {@code from}, which must occur exactly once in the built-in {@code file}. */
  static TableEdit replace(String file, String from, String to) {
    String original = TableSource.builtIn().read(file).orElseThrow();
    int at = original.indexOf(from);
    if (at < 0 || original.indexOf(from, at + 1) >= 0) {
      throw new AssertionError("'" + from + "' must occur exactly once in " + file);
    }
    return new TableEdit(file, original.replace(from, to), lineAt(original, at));
  }

  /** The 1-based line of the built-in {@code file} where {@code text}, found once, stands. */
  static int lineOf(String file, String text) {
    String original = TableSource.builtIn().read(file).orElseThrow();
    int at = original.indexOf(text);
    if (at < 0 || original.indexOf(text, at + 1) >= 0) {
      throw new AssertionError("'" + text + "' must occur exactly once in " + file);
    }
    return lineAt(original, at);
  }

  TableSource source() {
    return name -> name.equals(file) ? Optional.of(text) : TableSource.builtIn().read(name);
  }

  /** Loading fails at the edited line with exactly this problem. */
  void assertRefused(String problem) {
    assertRefusedAt(line, problem);
  }

  /** Loading fails at another line of the edited file with exactly this problem. */
  void assertRefusedAt(int at, String problem) {
    SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(source()));
    assertEquals(file + ":" + at + ": " + problem, e.getMessage());
    assertEquals(new SourceLine(file, at), e.where());
    assertEquals(problem, e.problem());
  }

  private static int lineAt(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }
}
