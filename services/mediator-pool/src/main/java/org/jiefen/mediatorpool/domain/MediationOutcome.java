package org.jiefen.mediatorpool.domain;

public enum MediationOutcome {
  SETTLED,
  FAILED
}
