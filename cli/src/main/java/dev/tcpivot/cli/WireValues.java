package dev.tcpivot.cli;

import dev.tcpivot.v3.AttributeWriteType;
import dev.tcpivot.v3.BatchAction;
import dev.tcpivot.v3.FileMergeMode;
import dev.tcpivot.v3.HashCollisionMode;
import dev.tcpivot.v3.SecurityLabelWriteType;
import dev.tcpivot.v3.TagWriteType;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the batch options' enums as the API spells them ({@code Create}, {@code FavorIncoming}),
 * in any case, or by their Java names ({@code FAVOR_INCOMING}).
 */
final class WireValues {
  private WireValues() {}

  static void registerAll(CommandLine line) {
    register(line, BatchAction.class);
    register(line, AttributeWriteType.class);
    register(line, TagWriteType.class);
    register(line, SecurityLabelWriteType.class);
    register(line, FileMergeMode.class);
    register(line, HashCollisionMode.class);
  }

  private static <E extends Enum<E>> void register(CommandLine line, Class<E> type) {
    line.registerConverter(type, text -> convert(type, text));
  }

  static <E extends Enum<E>> E convert(Class<E> type, String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      // toString() is the wire value.
      if (constant.toString().toLowerCase(Locale.ROOT).equals(wanted) || constant.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return constant;
      }
    }
    throw new TypeConversionException("'" + text + "' is not one of "
        + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ")));
  }
}
