package org.jiefen.routing.domain;

/** Levels of the org tree (product-spec §2). Grids belong to a community and are not centers. */
public enum OrgLevel {
  DISTRICT,
  STREET,
  COMMUNITY
}
