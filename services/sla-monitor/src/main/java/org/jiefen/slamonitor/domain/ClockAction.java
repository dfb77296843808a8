package org.jiefen.slamonitor.domain;

/** What happens when a clock runs out, beyond the overdue flag every clock raises. */
public enum ClockAction {
  /** The flag only: staff see it on their board and in statistics. */
  FLAG,
  /** mediator-pool assigns another mediator (在线调解规则 Art. 12). */
  REASSIGN,
  /** routing moves the dispute to the parent center. */
  ESCALATE,
  /** The party is told of the right to apply for labour arbitration (劳动争议调解仲裁法 Art. 14). */
  NOTIFY_ARBITRATION_RIGHT,
  /** A court-delegated case goes back to the court for filing (在线调解规则 Art. 26). */
  RETURN_TO_COURT
}
