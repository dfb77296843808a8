package org.jiefen.intake.domain;

public enum PartyRole {
  APPLICANT,
  RESPONDENT
}
