package dev.tcpivot.sandbox;

import java.time.Instant;

/**
 * A Tag as the sandbox knows it (v3/tags/retrieve.rst L17-46).
 *
 * @param id the Tag's id
 * @param name the Tag's name; Tags of different names are different Tags, however they are cased
 * @param owner where a standard Tag lives; {@code null} for a system-generated ATT&amp;CK Tag
 * @param description the Tag's description, or {@code null}
 * @param techniqueId the ATT&amp;CK technique of an ATT&amp;CK Tag, else {@code null}
 * @param lastUsed when the Tag was last applied, or {@code null} if never
 */
record TagRecord(
    long id, String name, Owner owner, String description, String techniqueId, Instant lastUsed) {
  TagRecord usedAt(Instant now) {
    return new TagRecord(id, name, owner, description, techniqueId, now);
  }
}
