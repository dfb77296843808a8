package org.jiefen.judicialconfirmation.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a 民事裁定书 in a confirmation case, e.g. {@code (2026)粤0309民特123号}: the year in
 * brackets (half- or full-width), the province's one-character abbreviation and the court's
 * four-digit code, 民特 (special civil procedure, where judicial confirmation belongs) and a serial.
 */
public final class RulingNumber {

  private static final Pattern FORMAT =
      Pattern.compile("^[(（](\\d{4})[)）]\\p{IsHan}\\d{4}民特(\\d{1,6})号$");

  private RulingNumber() {}

  /** Null when the number is well formed for a ruling of that year or later, else why not. */
  public static String problem(String number, int earliestYear) {
    if (number == null || number.isBlank()) {
      return "required for a CONFIRMED decision";
    }
    Matcher m = FORMAT.matcher(number.strip());
    if (!m.matches()) {
      return "must look like (2026)粤0309民特123号";
    }
    int year = Integer.parseInt(m.group(1));
    if (year < earliestYear) {
      return "the year " + year + " is before the application was accepted";
    }
    if (Integer.parseInt(m.group(2)) == 0) {
      return "the serial must be at least 1";
    }
    return null;
  }
}
