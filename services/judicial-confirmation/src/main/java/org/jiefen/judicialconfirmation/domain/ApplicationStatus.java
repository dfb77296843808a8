package org.jiefen.judicialconfirmation.domain;

/**
 * PENDING waits for the court to accept (受理, 法释〔2011〕5号 Art. 4: within 3 days); ACCEPTED is under
 * review (Art. 5: decided within 15 days, +10 once with the president's approval);
 * MATERIALS_REQUESTED waits for supplementary materials (the clock pauses); CONFIRMED and REJECTED
 * are the court's decisions; REFUSED_LATE never went to the court: the parties asked after the
 * 30-day window (民事诉讼法 Art. 205).
 */
public enum ApplicationStatus {
  PENDING,
  ACCEPTED,
  MATERIALS_REQUESTED,
  CONFIRMED,
  REJECTED,
  REFUSED_LATE;

  public boolean isDecided() {
    return this == CONFIRMED || this == REJECTED;
  }
}
