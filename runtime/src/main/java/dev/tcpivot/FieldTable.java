package dev.tcpivot;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/**
 * The fields of a model class that have typed getters: each has a slot (its index here), and an
 * association's slot names the model class of its objects. A name is found by an open-addressing
 * table that compares by identity first, since both the parser's field names and the getters'
 * literals are interned.
 */
final class FieldTable implements ApiModel.KnownFields {
  /** A slot must fit in a byte of the order in which the fields came, see {@link SentFields}. */
  static final int MAX_FIELDS = Byte.MAX_VALUE;

  private final String[] names;
  private final Class<?>[] models;
  private final Function<?, ?>[] fromMaps;
  private final String[] labels;
  private final String[] table;
  private final byte[] tableSlots;

  private FieldTable(String[] names, Class<?>[] models, Function<?, ?>[] fromMaps, String[] labels) {
    if (names.length > MAX_FIELDS) {
      throw new IllegalArgumentException("at most " + MAX_FIELDS + " known fields, not " + names.length);
    }
    this.names = names;
    this.models = models;
    this.fromMaps = fromMaps;
    this.labels = labels;
    int size = Integer.highestOneBit(Math.max(2, names.length) * 2 - 1) << 1;
    this.table = new String[size];
    this.tableSlots = new byte[size];
    for (int slot = 0; slot < names.length; slot++) {
      String name = Checks.notNull(names[slot], "names", slot);
      if (slot(name) >= 0) {
        throw new IllegalArgumentException("names[" + slot + "] repeats " + name);
      }
      int i = name.hashCode() & (size - 1);
      while (table[i] != null) {
        i = (i + 1) & (size - 1);
      }
      table[i] = name;
      tableSlots[i] = (byte) slot;
    }
  }

  static FieldTable of(String... names) {
    Checks.notNull(names, "names");
    return new FieldTable(names.clone(), new Class<?>[names.length], new Function<?, ?>[names.length], new String[0]);
  }

  @Override
  public FieldTable labelledBy(String... fields) {
    String[] copy = Checks.notNull(fields, "fields").clone();
    for (int i = 0; i < copy.length; i++) {
      Checks.notNull(copy[i], "fields", i);
    }
    return new FieldTable(names, models, fromMaps, copy);
  }

  @Override
  public <M extends ApiModel> FieldTable withAssociation(
      String name, Class<M> model, Function<Map<String, Object>, M> fromMap) {
    String[] more = Arrays.copyOf(names, names.length + 1);
    more[names.length] = Checks.notNull(name, "name");
    Class<?>[] moreModels = Arrays.copyOf(models, models.length + 1);
    moreModels[models.length] = Checks.notNull(model, "model");
    Function<?, ?>[] moreFromMaps = Arrays.copyOf(fromMaps, fromMaps.length + 1);
    moreFromMaps[fromMaps.length] = Checks.notNull(fromMap, "fromMap");
    return new FieldTable(more, moreModels, moreFromMaps, labels);
  }

  /** The fields that name an object in a list, in the order they are tried. */
  String[] labels() {
    return labels;
  }

  @Override
  public <M extends ApiModel> FieldTable withList(
      String name, Class<M> model, Function<Map<String, Object>, M> fromMap) {
    return withAssociation(name, model, fromMap);
  }

  int size() {
    return names.length;
  }

  String name(int slot) {
    return names[slot];
  }

  /** How an association's objects given as maps become models; null for a field of another kind. */
  @SuppressWarnings("unchecked")
  Function<Map<String, Object>, ?> fromMap(int slot) {
    return (Function<Map<String, Object>, ?>) fromMaps[slot];
  }

  /** The model class of an association's objects, or null for a field of another kind. */
  Class<?> model(int slot) {
    return models[slot];
  }

  /** The slot of a field, or -1 for a field without a typed getter. */
  int slot(String name) {
    if (name == null) {
      return -1;
    }
    int mask = table.length - 1;
    for (int i = name.hashCode() & mask; ; i = (i + 1) & mask) {
      String known = table[i];
      if (known == null) {
        return -1;
      }
      if (known == name || known.equals(name)) {
        return tableSlots[i];
      }
    }
  }
}
