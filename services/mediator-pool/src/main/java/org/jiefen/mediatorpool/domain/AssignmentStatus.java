package org.jiefen.mediatorpool.domain;

/**
 * ASSIGNED awaits an outcome; UNASSIGNED means nobody fitted (the row keeps why); SUPERSEDED means
 * a later routing of the dispute replaced it; SETTLED and FAILED are concluded.
 */
public enum AssignmentStatus {
  ASSIGNED,
  UNASSIGNED,
  SUPERSEDED,
  SETTLED,
  FAILED
}
