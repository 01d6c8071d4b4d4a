package dev.tcpivot;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An association as it usually comes, {@code {"data": [...]}} with objects only, read from JSON:
 * the models themselves, an unmodifiable list that the getter returns as it is. The map around
 * them is made again only for {@link #asSent()}.
 */
final class ModelList extends AbstractList<Object> implements RandomAccess {
  private final Object[] models;

  private ModelList(Object[] models) {
    this.models = models;
  }

  /** The list of {@code {"data": items}}, or null when an item is not a model. */
  static ModelList ofModels(List<Object> items) {
    for (Object item : items) {
      if (!(item instanceof ApiModel)) {
        return null;
      }
    }
    return new ModelList(items.toArray());
  }

  @Override
  public Object get(int index) {
    return models[Objects.checkIndex(index, models.length)];
  }

  @Override
  public int size() {
    return models.length;
  }

  /** A fresh copy of the association as sent: {@code {"data": [...]}} with the models as maps. */
  Map<String, Object> asSent() {
    List<Object> data = new ArrayList<>(models.length);
    for (Object model : models) {
      data.add(((ApiModel) model).copyAsSent());
    }
    Map<String, Object> sent = new LinkedHashMap<>(2);
    sent.put("data", data);
    return sent;
  }
}
