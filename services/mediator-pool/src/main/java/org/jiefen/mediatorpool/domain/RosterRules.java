package org.jiefen.mediatorpool.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jiefen.platform.problem.Problem;

/**
 * What a roster entry must agree with beyond its own fields: its organisation exists, serves the
 * mediator's center (the organisation's center or one below it) and is active — a mediator already
 * in a retired organisation may stay there — and every specialty is a known category.
 */
public final class RosterRules {

  private RosterRules() {}

  /**
   * @param organisation the entry's organisation, null when it names none or an unknown one
   * @param existing the mediator as stored, null for a new one
   * @return the offending fields, named as in the JSON body ("organisationCode", "specialties[1]")
   */
  public static List<Problem.FieldError> check(
      Mediator entry,
      Mediator existing,
      Organisation organisation,
      Predicate<String> knownCategory) {
    List<Problem.FieldError> errors = new ArrayList<>();
    String orgCode = entry.organisationCode();
    if (orgCode != null) {
      if (organisation == null) {
        errors.add(field("organisationCode", "unknown organisation " + orgCode));
      } else if (!organisation.serves(entry.centerCode())) {
        errors.add(
            field(
                "organisationCode",
                "organisation %s serves %s; its mediators work there or at a center below it"
                    .formatted(orgCode, organisation.centerCode())));
      } else if (!organisation.active()
          && (existing == null || !orgCode.equals(existing.organisationCode()))) {
        errors.add(field("organisationCode", "organisation " + orgCode + " is retired"));
      }
    }
    List<String> specialties = entry.specialties();
    for (int i = 0; i < specialties.size(); i++) {
      if (!knownCategory.test(specialties.get(i))) {
        errors.add(field("specialties[" + i + "]", "unknown category " + specialties.get(i)));
      }
    }
    return errors;
  }

  private static Problem.FieldError field(String field, String message) {
    return new Problem.FieldError(field, message);
  }
}
