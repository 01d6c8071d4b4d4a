package dev.tcpivot.processor.sdk;

import dev.tcpivot.spec.Catalog;
import java.util.ArrayList;
import java.util.List;

/** The names of the generated factories, for messages that point a user at them. */
public final class Factories {
  private Factories() {}

  /** The factories that make an object of this wire type, e.g. {@code fileMd5}, {@code fileSha1}. */
  public static List<String> of(Catalog catalog, String type) {
    List<String> names = new ArrayList<>();
    for (Factory factory : Factory.of(catalog)) {
      if (factory.type().map(type::equals).orElse(true)) {
        names.add(factory.name());
      }
    }
    return names;
  }
}
