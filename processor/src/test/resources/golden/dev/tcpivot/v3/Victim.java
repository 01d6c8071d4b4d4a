package dev.tcpivot.v3;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.tcpivot.internal.Model;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * A Victim as {@code /v3/victims} returns it. Fields without a typed getter, and any the server adds, are kept:
 * see {@link #unknownFields()} and {@link #asMap()}.
 */
@Generated("dev.tcpivot.processor.SdkProcessor")
public final class Victim extends Model {
  private static final Set<String> KNOWN = Set.of("id", "ownerId", "ownerName", "webLink", "description", "name", "nationality", "org", "suborg", "workLocation", "associatedGroups");

  /**
   * Wraps an object as the server sent it; the JSON mapping calls this.
   */
  @JsonCreator(
      mode = JsonCreator.Mode.DELEGATING
  )
  public Victim(Map<String, Object> fields) {
    super(fields);
  }

  @Override
  protected Set<String> knownFields() {
    return KNOWN;
  }

  /**
   * {@code id}, or null when the response does not carry it.
   */
  public Long id() {
    return longValue("id");
  }

  /**
   * {@code ownerId}, or null when the response does not carry it.
   */
  public Long ownerId() {
    return longValue("ownerId");
  }

  /**
   * {@code ownerName}, or null when the response does not carry it.
   */
  public String ownerName() {
    return string("ownerName");
  }

  /**
   * {@code webLink}, or null when the response does not carry it.
   */
  public String webLink() {
    return string("webLink");
  }

  /**
   * {@code description}, or null when the response does not carry it.
   */
  public String description() {
    return string("description");
  }

  /**
   * {@code name}, or null when the response does not carry it.
   */
  public String name() {
    return string("name");
  }

  /**
   * {@code nationality}, or null when the response does not carry it.
   */
  public String nationality() {
    return string("nationality");
  }

  /**
   * {@code org}, or null when the response does not carry it.
   */
  public String org() {
    return string("org");
  }

  /**
   * {@code suborg}, or null when the response does not carry it.
   */
  public String suborg() {
    return string("suborg");
  }

  /**
   * {@code workLocation}, or null when the response does not carry it.
   */
  public String workLocation() {
    return string("workLocation");
  }

  /**
   * The Groups associated to this one; empty unless the request asked for them with {@link VictimField#ASSOCIATED_GROUPS}.
   */
  public List<Group> associatedGroups() {
    return list("associatedGroups", Group::new);
  }
}
