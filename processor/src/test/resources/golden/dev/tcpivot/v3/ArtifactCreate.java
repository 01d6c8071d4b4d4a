package dev.tcpivot.v3;

import dev.tcpivot.Ref;
import dev.tcpivot.internal.Checks;
import dev.tcpivot.internal.Fields;
import dev.tcpivot.internal.Requests;
import dev.tcpivot.internal.WireObject;
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
  private ArtifactCreate(Fields fields) {
    super(fields);
  }

  /**
   * An Artifact, with its required fields: {@code caseId} (one of its case fields), {@code summary}, {@code type}.
   */
  public static Builder of(long caseId, String summary, String type) {
    return new Builder(Fields.builder()
        .put("caseId", Checks.id(caseId, "caseId"))
        .put("summary", Checks.notBlank(summary, "summary"))
        .put("type", Checks.notBlank(type, "type")));
  }

  /**
   * An Artifact, with its required fields: {@code caseXid} (one of its case fields), {@code summary}, {@code type}.
   */
  public static Builder ofCaseXid(String caseXid, String summary, String type) {
    return new Builder(Fields.builder()
        .put("caseXid", Checks.notBlank(caseXid, "caseXid"))
        .put("summary", Checks.notBlank(summary, "summary"))
        .put("type", Checks.notBlank(type, "type")));
  }

  /**
   * Collects a new Artifact's fields. Each setter checks its argument at once.
   */
  public static final class Builder {
    private final Fields.Builder fields;

    private Builder(Fields.Builder fields) {
      this.fields = fields;
    }

    /**
     * Sets {@code caseId}.
     */
    public Builder caseId(long caseId) {
      return put("caseId", Checks.id(caseId, "caseId"));
    }

    /**
     * Sets {@code caseXid}.
     */
    public Builder caseXid(String caseXid) {
      return put("caseXid", Checks.notNull(caseXid, "caseXid"));
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
     * Sets {@code taskId}.
     */
    public Builder taskId(long taskId) {
      return put("taskId", Checks.id(taskId, "taskId"));
    }

    /**
     * Sets {@code taskXid}.
     */
    public Builder taskXid(String taskXid) {
      return put("taskXid", Checks.notNull(taskXid, "taskXid"));
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
     * The body; the builder can go on to make others.
     */
    public ArtifactCreate build() {
      return new ArtifactCreate(fields.build());
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
