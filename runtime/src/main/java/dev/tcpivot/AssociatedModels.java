package dev.tcpivot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An association field as read from JSON, in a shape other than the usual one (which is a
 * {@link ModelList}): {@code {"data": [...], "count": N}}, a plain array, or a list that holds
 * more than objects. Its value in the shapes Jackson gives an untyped value, except that the
 * objects of its list were read as models straight away.
 */
final class AssociatedModels {
  private final Object sent;
  private final List<Object> items;
  private final List<Object> models;

  /**
   * @param sent the field's value: a map, or the list itself when the field is a plain array
   * @param items the list in it whose objects are models
   */
  AssociatedModels(Object sent, List<Object> items) {
    this.sent = sent;
    this.items = items;
    Object data = sent instanceof Map ? ((Map<?, ?>) sent).get("data") : sent;
    this.models = data == items && allModels(items) ? Collections.unmodifiableList(items) : null;
  }

  private static boolean allModels(List<Object> items) {
    for (Object item : items) {
      if (!(item instanceof ApiModel)) {
        return false;
      }
    }
    return true;
  }

  /** The value with the models in it, for the getter. */
  Object sent() {
    return sent;
  }

  /** The models of the list, when it is a list of objects as the getter expects; otherwise null. */
  List<Object> models() {
    return models;
  }

  /** A fresh copy of the value as sent: the models become maps again. */
  Object asSent() {
    if (sent == items) {
      return itemsAsSent();
    }
    Map<?, ?> wrapper = (Map<?, ?>) sent;
    LinkedHashMap<Object, Object> copy = new LinkedHashMap<>(wrapper.size() * 4 / 3 + 1);
    for (Map.Entry<?, ?> entry : wrapper.entrySet()) {
      copy.put(entry.getKey(), entry.getValue() == items ? itemsAsSent() : entry.getValue());
    }
    return copy;
  }

  private List<Object> itemsAsSent() {
    List<Object> copy = new ArrayList<>(items.size());
    for (Object item : items) {
      copy.add(item instanceof ApiModel ? ((ApiModel) item).copyAsSent() : item);
    }
    return copy;
  }
}
