package org.jiefen.mediatorpool.service;

import org.jiefen.mediatorpool.domain.Mediator;

/**
 * What a roster listing asks for; null means any. {@code specialty} keeps the mediators who take
 * that category: its specialists and the generalists.
 */
public record RosterFilter(
    String centerCode, String specialty, Boolean active, String organisationCode) {

  public boolean accepts(Mediator m) {
    return (centerCode == null || centerCode.equals(m.centerCode()))
        && (specialty == null || m.takes(specialty))
        && (active == null || active == m.active())
        && (organisationCode == null || organisationCode.equals(m.organisationCode()));
  }
}
