package dev.tcpivot.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time and the allocation go, from a JFR recording ({@code -prof jfr}): the hottest
 * frames by execution samples (self, and inclusive for tcpivot's own frames), and the bytes
 * allocated by the first tcpivot frame on the stack. Usage: {@code JfrHotFrames <file.jfr>}.
 */
public final class JfrHotFrames {
  private static final int TOP = 25;

  private final Map<String, Long> self = new HashMap<>();
  private final Map<String, Long> inclusive = new HashMap<>();
  private final Map<String, Long> allocatedBy = new HashMap<>();
  private long samples;
  private long allocated;

  public static void main(String[] args) throws IOException {
    JfrHotFrames hot = new JfrHotFrames();
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      hot.add(event);
    }
    hot.print();
  }

  private void add(RecordedEvent event) {
    RecordedStackTrace stack = event.getStackTrace();
    if (stack == null || stack.getFrames().isEmpty()) {
      return;
    }
    List<RecordedFrame> frames = stack.getFrames();
    switch (event.getEventType().getName()) {
      case "jdk.ExecutionSample" -> {
        samples++;
        self.merge(name(frames.get(0)), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
          String name = name(frame);
          if (ours(name) && seen.add(name)) {
            inclusive.merge(name, 1L, Long::sum);
          }
        }
      }
      case "jdk.ObjectAllocationSample" -> {
        long weight = event.getLong("weight");
        allocated += weight;
        String site = "(outside tcpivot)";
        for (RecordedFrame frame : frames) {
          if (ours(name(frame))) {
            site = name(frame);
            break;
          }
        }
        allocatedBy.merge(site, weight, Long::sum);
      }
      default -> { }
    }
  }

  private static boolean ours(String frame) {
    return frame.startsWith("dev.tcpivot.") && !frame.startsWith("dev.tcpivot.bench.");
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private void print() {
    System.out.println(samples + " execution samples (Java frames only; time blocked in I/O is not sampled)");
    System.out.println();
    System.out.println("Hottest frames (self):");
    top(self, samples);
    System.out.println();
    System.out.println("tcpivot frames (inclusive):");
    top(inclusive, samples);
    System.out.println();
    System.out.println("Allocation by the first tcpivot frame on the stack (sampled, weighted):");
    top(allocatedBy, allocated);
  }

  private static void top(Map<String, Long> counts, long total) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(TOP)
        .forEach(e -> System.out.println(
            String.format(Locale.ROOT, "  %5.1f%%  %s", 100.0 * e.getValue() / Math.max(1, total), e.getKey())));
  }
}
