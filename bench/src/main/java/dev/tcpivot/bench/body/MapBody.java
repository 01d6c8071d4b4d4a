package dev.tcpivot.bench.body;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The common dynamic way, as maps: ordered {@link Map}s and {@link List}s written by a plain mapper. */
public final class MapBody {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private MapBody() {}

  /** The body for these refs, as nested maps and lists. */
  public static Map<String, Object> build(MixedRefs refs) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (refs.hasGroups()) {
      List<Object> data = new ArrayList<>();
      for (long id : refs.groupIds) {
        data.add(id(id));
      }
      for (String name : refs.newAdversaries) {
        Map<String, Object> adversary = new LinkedHashMap<>();
        adversary.put("type", "Adversary");
        adversary.put("name", name);
        data.add(adversary);
      }
      for (String name : refs.sourceAdversaries) {
        Map<String, Object> adversary = new LinkedHashMap<>();
        adversary.put("type", "Adversary");
        adversary.put("name", name);
        adversary.put("ownerName", MixedRefs.SOURCE);
        data.add(adversary);
      }
      body.put("associatedGroups", block(data, "append"));
    }
    if (refs.hostNames.length > 0) {
      List<Object> data = new ArrayList<>();
      for (String hostName : refs.hostNames) {
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("type", "Host");
        host.put("hostName", hostName);
        data.add(host);
      }
      body.put("associatedIndicators", block(data, "replace"));
    }
    if (refs.caseIds.length > 0) {
      List<Object> data = new ArrayList<>();
      for (long id : refs.caseIds) {
        data.add(id(id));
      }
      body.put("associatedCases", block(data, "delete"));
    }
    return body;
  }

  /** The bytes of the maps. */
  public static byte[] write(MixedRefs refs) throws JsonProcessingException {
    return MAPPER.writeValueAsBytes(build(refs));
  }

  private static Map<String, Object> id(long id) {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("id", id);
    return ref;
  }

  private static Map<String, Object> block(List<Object> data, String mode) {
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("data", data);
    block.put("mode", mode);
    return block;
  }
}
