package org.jiefen.mediatorpool.domain;

import java.util.List;

/**
 * ASSIGNED waits for the mediator's answer; ACCEPTED is mediation under way. DECLINED (the mediator
 * said no, with a reason), EXPIRED (no answer within the acceptance clock) and REASSIGNED (staff
 * moved it by hand) end a mediator's turn and a new row follows. UNASSIGNED means nobody fitted
 * (the row keeps why); SUPERSEDED means a later routing replaced it; WITHDRAWN means the dispute
 * was withdrawn before an outcome; SETTLED and FAILED are concluded.
 */
public enum AssignmentStatus {
  ASSIGNED,
  ACCEPTED,
  DECLINED,
  EXPIRED,
  REASSIGNED,
  UNASSIGNED,
  SUPERSEDED,
  WITHDRAWN,
  SETTLED,
  FAILED;

  /** The statuses that hold one of the mediator's capacity slots. */
  public static final List<AssignmentStatus> OPEN = List.of(ASSIGNED, ACCEPTED);

  /** The statuses a new routing, a withdrawal or a reassignment ends. */
  public static final List<AssignmentStatus> WAITING = List.of(ASSIGNED, ACCEPTED, UNASSIGNED);

  public boolean isOpen() {
    return OPEN.contains(this);
  }
}
