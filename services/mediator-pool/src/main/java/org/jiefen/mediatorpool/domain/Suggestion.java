package org.jiefen.mediatorpool.domain;

/**
 * What the parties are told after a failed mediation: apply for labour arbitration (a labour
 * dispute goes to arbitration before any court, 劳动争议调解仲裁法 Art. 5 and 14), sue, or take the dispute
 * to the next level up.
 */
public enum Suggestion {
  ARBITRATION,
  LITIGATION,
  ESCALATE,
  OTHER
}
