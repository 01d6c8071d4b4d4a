package dev.tcpivot.e2e;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One way the source document names an association target (new, existing by id, by type and
 * summary, in another owner), making a fresh target each time it is asked.
 */
record TargetKind<T, R>(String name, Supplier<Target<T, R>> make) {
  /** The same kinds where a wider ref type is expected. */
  static <T, R> List<TargetKind<T, R>> widen(List<? extends TargetKind<T, ? extends R>> kinds) {
    return kinds.stream()
        .map(kind -> new TargetKind<T, R>(kind.name(), () -> Target.widen(kind.make().get())))
        .collect(Collectors.toList());
  }
}
