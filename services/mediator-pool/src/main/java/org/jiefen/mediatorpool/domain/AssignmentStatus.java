package org.jiefen.mediatorpool.domain;

/**
 * ASSIGNED awaits an outcome; UNASSIGNED means nobody fitted (the row keeps why); SUPERSEDED means
 * a later routing of the dispute replaced it; WITHDRAWN means the applicant or staff withdrew the
 * dispute before an outcome (the mediator's slot is free again); SETTLED and FAILED are concluded.
 */
public enum AssignmentStatus {
  ASSIGNED,
  UNASSIGNED,
  SUPERSEDED,
  WITHDRAWN,
  SETTLED,
  FAILED
}
