package dev.tcpivot.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tcpivot.spec.ObjectType;
import java.util.Map;

/**
 * A checked POST or PUT body, split by what each field does.
 *
 * @param type the object's wire type, or {@code null} for untyped objects
 * @param plain the plain body fields (validated values; {@code null} clears on a PUT)
 * @param associations association blocks by target type
 * @param metadata metadata blocks (tags, attributes, ...) by field
 * @param collections inline child lists (a Case's artifacts, a Victim's assets)
 */
record ParsedBody(
    String type,
    ObjectNode plain,
    Map<ObjectType, Block> associations,
    Map<String, Block> metadata,
    Map<ParentLink, Block> collections) {}
