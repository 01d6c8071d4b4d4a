package dev.tcpivot.bench.body;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The common dynamic way, as a tree: an {@link ObjectNode} built by hand and written by a plain mapper. */
public final class TreeBody {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TreeBody() {}

  /** The body for these refs, as a Jackson tree. */
  public static ObjectNode build(MixedRefs refs) {
    ObjectNode body = MAPPER.createObjectNode();
    if (refs.hasGroups()) {
      ObjectNode block = body.putObject("associatedGroups");
      ArrayNode data = block.putArray("data");
      for (long id : refs.groupIds) {
        data.addObject().put("id", id);
      }
      for (String name : refs.newAdversaries) {
        data.addObject().put("type", "Adversary").put("name", name);
      }
      for (String name : refs.sourceAdversaries) {
        data.addObject().put("type", "Adversary").put("name", name).put("ownerName", MixedRefs.SOURCE);
      }
      block.put("mode", "append");
    }
    if (refs.hostNames.length > 0) {
      ObjectNode block = body.putObject("associatedIndicators");
      ArrayNode data = block.putArray("data");
      for (String hostName : refs.hostNames) {
        data.addObject().put("type", "Host").put("hostName", hostName);
      }
      block.put("mode", "replace");
    }
    if (refs.caseIds.length > 0) {
      ObjectNode block = body.putObject("associatedCases");
      ArrayNode data = block.putArray("data");
      for (long id : refs.caseIds) {
        data.addObject().put("id", id);
      }
      block.put("mode", "delete");
    }
    return body;
  }

  /** The bytes of the tree. */
  public static byte[] write(MixedRefs refs) throws JsonProcessingException {
    return MAPPER.writeValueAsBytes(build(refs));
  }
}
