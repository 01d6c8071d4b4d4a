package dev.tcpivot.v3;

import dev.tcpivot.Associations;
import dev.tcpivot.Block;
import dev.tcpivot.Ref;
import dev.tcpivot.WireObject;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code PUT /v3/artifacts/{id}}: only what changes. Start from {@link #builder()}.
 *
 * <p>{@code /v3/artifacts} can associate Groups, Indicators, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class ArtifactUpdate extends WireObject {
  private ArtifactUpdate() {
    super("ArtifactUpdate", WireObject.Kind.VALUE);
  }

  private ArtifactUpdate(ArtifactUpdate from) {
    super(from);
  }

  /**
   * Changes to an Artifact of any type.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this body's changes, to add to them.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Collects the changes to an Artifact. Each setter checks its argument at once.
   */
  public static final class Builder {
    final ArtifactUpdate draft;

    private Builder() {
      this.draft = new ArtifactUpdate();
    }

    private Builder(ArtifactUpdate from) {
      this.draft = new ArtifactUpdate(from);
    }

    /**
     * Sets {@code summary}.
     */
    public final Builder summary(String summary) {
      draft.put("summary", notNull(summary, "summary"));
      return this;
    }

    /**
     * Sets {@code derivedLink}.
     */
    public final Builder derivedLink(boolean derivedLink) {
      draft.put("derivedLink", bool(derivedLink));
      return this;
    }

    /**
     * Sets {@code fieldName}.
     */
    public final Builder fieldName(String fieldName) {
      draft.put("fieldName", notNull(fieldName, "fieldName"));
      return this;
    }

    /**
     * Sets {@code fileData}.
     */
    public final Builder fileData(String fileData) {
      draft.put("fileData", notNull(fileData, "fileData"));
      return this;
    }

    /**
     * Sets {@code hashCode}.
     */
    public final Builder hashCodeValue(String hashCodeValue) {
      draft.put("hashCode", notNull(hashCodeValue, "hashCodeValue"));
      return this;
    }

    /**
     * Sets {@code source}.
     */
    public final Builder source(String source) {
      draft.put("source", notNull(source, "source"));
      return this;
    }

    /**
     * Sets one of the fields this SDK sends as given: notes. The value is made of maps with
     * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
     */
    public final Builder json(String field, Object value) {
      draft.put(oneOf(field, "field", "notes"), data(value, field));
      return this;
    }

    /**
     * Associates the Groups; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedGroups(Ref<Group>... refs) {
      draft.append("associatedGroups", refs);
      return this;
    }

    /**
     * Associates the Groups in the list, in order; repeated calls add to the list.
     */
    public final Builder associatedGroups(List<? extends Ref<Group>> refs) {
      draft.append("associatedGroups", refs);
      return this;
    }

    /**
     * Appends, replaces or deletes associations to Groups, as the block says (see {@link Associations}).
     */
    public final Builder associatedGroups(Block<? extends Ref<Group>> block) {
      draft.block("associatedGroups", block);
      return this;
    }

    /**
     * Associates the Indicators; repeated calls add to the list.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder associatedIndicators(Ref<Indicator>... refs) {
      draft.append("associatedIndicators", refs);
      return this;
    }

    /**
     * Associates the Indicators in the list, in order; repeated calls add to the list.
     */
    public final Builder associatedIndicators(List<? extends Ref<Indicator>> refs) {
      draft.append("associatedIndicators", refs);
      return this;
    }

    /**
     * Appends, replaces or deletes associations to Indicators, as the block says (see {@link Associations}).
     */
    public final Builder associatedIndicators(Block<? extends Ref<Indicator>> block) {
      draft.block("associatedIndicators", block);
      return this;
    }

    /**
     * The body.
     *
     * @throws IllegalStateException when nothing was set: a PUT must change something
     */
    public final ArtifactUpdate build() {
      if (draft.isEmpty()) {
        throw new IllegalStateException("an update must change something: set a field, an association or metadata");
      }
      return new ArtifactUpdate(draft);
    }
  }
}
