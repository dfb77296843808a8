package org.jiefen.judicialconfirmation.domain;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The court an application goes to: 人民调解法 Art. 33 and 民事诉讼法 Art. 205 send it to the basic-level
 * court where the mediation organisation sits. Centers are matched by dotted org-code prefix; the
 * longest (most local) match wins, so a street can have its own tribunal later.
 */
public final class CourtJurisdiction {

  private final Map<String, String> courtsByPrefix;

  public CourtJurisdiction(Map<String, String> courtsByPrefix) {
    this.courtsByPrefix = Map.copyOf(courtsByPrefix);
  }

  public Optional<String> courtFor(String centerCode) {
    return courtsByPrefix.keySet().stream()
        .filter(p -> centerCode.equals(p) || centerCode.startsWith(p + "."))
        .max(Comparator.comparingInt(String::length))
        .map(courtsByPrefix::get);
  }
}
