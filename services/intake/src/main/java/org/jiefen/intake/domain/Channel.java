package org.jiefen.intake.domain;

public enum Channel {
  GRID_MOBILE,
  CENTER_PORTAL,
  PARTNER_TRANSFER
}
