package dev.tcpivot.sandbox;

import dev.tcpivot.spec.ObjectType;
import java.util.Optional;

/**
 * A containment the catalog implies: every {@code child} belongs to one {@code parent}, named by
 * {@code idField} (or {@code xidField}) in the child's body, e.g. an Artifact's {@code caseId}. The
 * parent's body may create children inline through {@code collectionField}, e.g. a Case's {@code
 * artifacts} or a Victim's {@code assets}. A child lives in its parent's owner.
 */
record ParentLink(
    ObjectType parent,
    ObjectType child,
    String idField,
    Optional<String> xidField,
    Optional<String> collectionField) {}
