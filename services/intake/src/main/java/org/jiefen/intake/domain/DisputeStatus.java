package org.jiefen.intake.domain;

/** The lifecycle of product-spec §3, as the case view shows it. */
public enum DisputeStatus {
  RECEIVED,
  ROUTED,
  ASSIGNED,
  /** Nobody in the routed center's pool could take it: staff must act. */
  UNASSIGNED,
  IN_MEDIATION,
  SETTLED,
  FAILED,
  CONFIRMATION_REQUESTED,
  CONFIRMATION_ACCEPTED,
  CONFIRMED,
  CONFIRMATION_REJECTED,
  CLOSED,
  WITHDRAWN,
  LINKED
}
