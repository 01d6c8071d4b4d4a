package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.BodyField;
import dev.tcpivot.spec.Catalog;
import dev.tcpivot.spec.ObjectType;
import dev.tcpivot.spec.ReadOnlyField;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code OPTIONS /v3/{type}}: the fields a POST or PUT body may carry (v3/retrieve_fields.rst
 * L4-8; v3/indicators/fields.rst L7-19), the read-only ones too with {@code ?show=readonly}
 * (retrieve_fields.rst L10-14). The list comes in the envelope of {@code OPTIONS
 * /v3/{type}/fields} (v3/additional_fields.rst L27-60). Each item names its field only: the docs
 * show no item of this list, and the tables hold no description for a field.
 */
final class BodyFieldList {
  private final SpecView view;

  BodyFieldList(SpecView view) {
    this.view = view;
  }

  Reply of(ObjectType endpoint, QueryParams query) {
    Catalog catalog = view.catalog(endpoint);
    Set<String> names = new LinkedHashSet<>();
    for (BodyField field : catalog.body()) {
      names.add(field.name());
    }
    names.addAll(view.spec().metadata(endpoint));
    view.rule(endpoint).targets().forEach(t -> names.add(SpecView.associationField(t)));
    boolean readOnly =
        query.all("show").stream().anyMatch(v -> v.equalsIgnoreCase("readonly"));
    if (readOnly) {
      for (ReadOnlyField field : catalog.readOnly()) {
        names.add(field.name());
      }
    }
    ArrayNode data = JsonNodeFactory.instance.arrayNode();
    names.forEach(name -> data.addObject().put("name", name));
    ObjectNode body = Json.object();
    body.set("data", data);
    body.put("count", data.size());
    body.put("status", "Success");
    return Reply.of(200, body);
  }
}
