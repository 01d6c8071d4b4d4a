package dev.tcpivot.v3;

import dev.tcpivot.Associations;
import dev.tcpivot.Block;
import dev.tcpivot.Ref;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.Requests;
import dev.tcpivot.internal.WireObject;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code PUT /v3/artifacts/{id}}: only what changes. Start from {@link #builder()}.
 *
 * <p>{@code /v3/artifacts} can associate Groups, Indicators, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class ArtifactUpdate extends WireObject {
  private ArtifactUpdate(Fields fields) {
    super(fields);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects the changes to an artifact. Each setter checks its argument at once.
   */
  public static final class Builder {
    private final Fields.Builder fields = Fields.builder();

    private Builder() {
    }

    /**
     * Sets {@code summary}.
     */
    public Builder summary(String summary) {
      return put("summary", Checks.notNull(summary, "summary"));
    }

    /**
     * Sets {@code derivedLink}.
     */
    public Builder derivedLink(boolean derivedLink) {
      return put("derivedLink", derivedLink);
    }

    /**
     * Sets {@code fieldName}.
     */
    public Builder fieldName(String fieldName) {
      return put("fieldName", Checks.notNull(fieldName, "fieldName"));
    }

    /**
     * Sets {@code fileData}.
     */
    public Builder fileData(String fileData) {
      return put("fileData", Checks.notNull(fileData, "fileData"));
    }

    /**
     * Sets {@code hashCode}.
     */
    public Builder hashCodeValue(String hashCodeValue) {
      return put("hashCode", Checks.notNull(hashCodeValue, "hashCodeValue"));
    }

    /**
     * Sets {@code source}.
     */
    public Builder source(String source) {
      return put("source", Checks.notNull(source, "source"));
    }

    /**
     * Sets one of the fields this SDK sends as given: notes. The value is made of maps with
     * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
     */
    public Builder json(String field, Object value) {
      Requests.requireOneOf(field, "field", "notes");
      return put(field, Requests.json(value, field));
    }

    /**
     * Associates the Groups; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedGroups(Ref<Group>... refs) {
      return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
    }

    /**
     * Associates the Groups in the list, in order; repeated calls add to the list.
     */
    public Builder associatedGroups(List<? extends Ref<Group>> refs) {
      return put("associatedGroups", Requests.refs(current("associatedGroups"), refs, "associatedGroups"));
    }

    /**
     * Appends, replaces or deletes associations to Groups, as the block says (see {@link Associations}).
     */
    public Builder associatedGroups(Block<? extends Ref<Group>> block) {
      return put("associatedGroups", Requests.block(current("associatedGroups"), block, "associatedGroups"));
    }

    /**
     * Associates the Indicators; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedIndicators(Ref<Indicator>... refs) {
      return put("associatedIndicators", Requests.refs(current("associatedIndicators"), refs, "associatedIndicators"));
    }

    /**
     * Associates the Indicators in the list, in order; repeated calls add to the list.
     */
    public Builder associatedIndicators(List<? extends Ref<Indicator>> refs) {
      return put("associatedIndicators", Requests.refs(current("associatedIndicators"), refs, "associatedIndicators"));
    }

    /**
     * Appends, replaces or deletes associations to Indicators, as the block says (see {@link Associations}).
     */
    public Builder associatedIndicators(Block<? extends Ref<Indicator>> block) {
      return put("associatedIndicators", Requests.block(current("associatedIndicators"), block, "associatedIndicators"));
    }

    /**
     * The body.
     *
     * @throws IllegalStateException when nothing was set: a PUT must change something
     */
    public ArtifactUpdate build() {
      Fields built = fields.build();
      if (built.size() == 0) {
        throw new IllegalStateException("an update must change something: set a field, an association or metadata");
      }
      return new ArtifactUpdate(built);
    }

    private Builder put(String name, Object value) {
      fields.put(name, value);
      return this;
    }

    private Object current(String name) {
      return fields.get(name);
    }
  }
}
