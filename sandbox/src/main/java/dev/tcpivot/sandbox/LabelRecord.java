package dev.tcpivot.sandbox;

import java.time.Instant;

/**
 * A Security Label as the sandbox knows it (v3/security_labels/retrieve.rst L17-38).
 *
 * @param id the label's id
 * @param name the label's name, e.g. {@code TLP:AMBER}
 * @param owner the owner's name: {@code System} for the TLP labels, else the owner it was made in
 * @param description the label's description, or {@code null}
 * @param color the label's color as hex digits, or {@code null}
 * @param dateAdded when the label was made
 */
record LabelRecord(
    long id, String name, String owner, String description, String color, Instant dateAdded) {}
