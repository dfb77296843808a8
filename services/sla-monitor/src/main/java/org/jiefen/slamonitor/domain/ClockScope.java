package org.jiefen.slamonitor.domain;

/**
 * DISPUTE clocks measure the citizen's wait and survive transfers (one per dispute); STAGE clocks
 * measure one center's step and end when the case moves on, so an overdue flag names the center
 * that held it (product-spec §4).
 */
public enum ClockScope {
  DISPUTE,
  STAGE
}
