package dev.tcpivot.sandbox;

import dev.tcpivot.spec.ObjectType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code fields} query parameter: each value must be one the endpoint accepts, i.e. one that
 * {@code OPTIONS /v3/{type}/fields} lists (v3/additional_fields.rst).
 */
final class FieldSelection {
  private FieldSelection() {}

  static Set<String> parse(SpecView view, ObjectType endpoint, List<String> values) {
    List<String> accepted = view.spec().fieldsParams(endpoint);
    Set<String> selected = new LinkedHashSet<>();
    for (String value : values) {
      if (!accepted.contains(value)) {
        throw ApiException.badRequest(Messages.unknownFieldsValue(value, endpoint, accepted));
      }
      selected.add(value);
    }
    return selected;
  }
}
