package dev.tcpivot.sandbox;

import java.util.ArrayList;
import java.util.List;

/** Finds the objects that belong to a parent through a {@link ParentLink}. */
final class Children {
  private final SpecView view;
  private final Store store;

  Children(SpecView view, Store store) {
    this.view = view;
    this.store = store;
  }

  /** The parent's children through one link, in id order. */
  List<Entity> of(Entity parent, ParentLink link) {
    List<Entity> children = new ArrayList<>();
    for (Entity candidate : store.all(link.child())) {
      if (candidate.fields().path(link.idField()).asLong() == parent.id()) {
        children.add(candidate);
      }
    }
    return children;
  }

  /** The parent's children through every link. */
  List<Entity> of(Entity parent) {
    List<Entity> children = new ArrayList<>();
    for (ParentLink link : view.childrenOf(parent.endpoint())) {
      children.addAll(of(parent, link));
    }
    return children;
  }
}
