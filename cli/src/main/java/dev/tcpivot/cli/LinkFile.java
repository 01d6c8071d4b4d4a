package dev.tcpivot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A link file: the objects to link, one per line, each an ID or {@code IndicatorType:summary}
 * ({@code Host:badguy.com}); blank lines and lines starting with {@code #} are left out.
 */
final class LinkFile {
  private LinkFile() {}

  /**
   * The objects, in order.
   *
   * @throws LinkFileException for a line that is neither an ID nor {@code Type:summary}
   * @throws IOException if the file cannot be read
   */
  static List<LinkLine> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<LinkLine> objects = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      LinkLine line = new LinkLine(i + 1, text);
      if (line.isId()) {
        if (text.length() > 18 || line.id() <= 0) {
          throw new LinkFileException(file, i + 1, "'" + text + "' is not a positive ID");
        }
      } else if (text.indexOf(':') <= 0 || text.indexOf(':') == text.length() - 1) {
        throw new LinkFileException(file, i + 1,
            "'" + text + "' is neither an ID nor IndicatorType:summary (e.g. 12 or Host:badguy.com)");
      }
      objects.add(line);
    }
    return objects;
  }
}
