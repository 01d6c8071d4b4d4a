package dev.tcpivot.v3;

import dev.tcpivot.Ref;
import dev.tcpivot.WireObject;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The body of {@code POST /v3/artifacts}: a new Artifact. Start from a factory, e.g. {@link #of},
 * add what else it needs, and {@link Builder#build()}.
 *
 * <p>{@code /v3/artifacts} can associate Groups, Indicators, also across owners.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class ArtifactCreate extends WireObject {
  private ArtifactCreate() {
    super("ArtifactCreate", WireObject.Kind.VALUE);
  }

  private ArtifactCreate(ArtifactCreate from) {
    super(from);
  }

  /**
   * An Artifact, with its required fields: {@code caseId} (one of its case fields), {@code summary}, {@code type}.
   */
  public static Builder of(long caseId, String summary, String type) {
    Builder builder = new Builder();
    builder.draft.put("caseId", whole(checkId(caseId, "caseId")));
    builder.draft.put("summary", notBlank(summary, "summary"));
    builder.draft.put("type", notBlank(type, "type"));
    return builder;
  }

  /**
   * An Artifact, with its required fields: {@code caseXid} (one of its case fields), {@code summary}, {@code type}.
   */
  public static Builder ofCaseXid(String caseXid, String summary, String type) {
    Builder builder = new Builder();
    builder.draft.put("caseXid", notBlank(caseXid, "caseXid"));
    builder.draft.put("summary", notBlank(summary, "summary"));
    builder.draft.put("type", notBlank(type, "type"));
    return builder;
  }

  /**
   * A builder that starts from this body's fields, to add to them or change them.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Collects a new Artifact's fields. Each setter checks its argument at once.
   */
  public static final class Builder {
    final ArtifactCreate draft;

    private Builder() {
      this.draft = new ArtifactCreate();
    }

    private Builder(ArtifactCreate from) {
      this.draft = new ArtifactCreate(from);
    }

    /**
     * Sets {@code caseId}.
     */
    public Builder caseId(long caseId) {
      draft.put("caseId", whole(checkId(caseId, "caseId")));
      return this;
    }

    /**
     * Sets {@code caseXid}.
     */
    public Builder caseXid(String caseXid) {
      draft.put("caseXid", notNull(caseXid, "caseXid"));
      return this;
    }

    /**
     * Sets {@code derivedLink}.
     */
    public Builder derivedLink(boolean derivedLink) {
      draft.put("derivedLink", bool(derivedLink));
      return this;
    }

    /**
     * Sets {@code fieldName}.
     */
    public Builder fieldName(String fieldName) {
      draft.put("fieldName", notNull(fieldName, "fieldName"));
      return this;
    }

    /**
     * Sets {@code fileData}.
     */
    public Builder fileData(String fileData) {
      draft.put("fileData", notNull(fileData, "fileData"));
      return this;
    }

    /**
     * Sets {@code hashCode}.
     */
    public Builder hashCodeValue(String hashCodeValue) {
      draft.put("hashCode", notNull(hashCodeValue, "hashCodeValue"));
      return this;
    }

    /**
     * Sets {@code source}.
     */
    public Builder source(String source) {
      draft.put("source", notNull(source, "source"));
      return this;
    }

    /**
     * Sets {@code taskId}.
     */
    public Builder taskId(long taskId) {
      draft.put("taskId", whole(checkId(taskId, "taskId")));
      return this;
    }

    /**
     * Sets {@code taskXid}.
     */
    public Builder taskXid(String taskXid) {
      draft.put("taskXid", notNull(taskXid, "taskXid"));
      return this;
    }

    /**
     * Sets one of the fields this SDK sends as given: notes. The value is made of maps with
     * string keys, lists, strings, numbers and booleans, e.g. {@code Map.of("type", "User", "data", Map.of("userName", "jsmith"))}; it is copied.
     */
    public Builder json(String field, Object value) {
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
    public Builder associatedGroups(List<? extends Ref<Group>> refs) {
      draft.append("associatedGroups", refs);
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
    public Builder associatedIndicators(List<? extends Ref<Indicator>> refs) {
      draft.append("associatedIndicators", refs);
      return this;
    }

    /**
     * The body; the builder can go on to make others.
     */
    public final ArtifactCreate build() {
      return new ArtifactCreate(draft);
    }
  }
}
