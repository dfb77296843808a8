package org.jiefen.intake.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * GB 11643-1999 citizen identity numbers: 6-digit region code, 8-digit date of birth, 3-digit
 * sequence, and an ISO 7064 MOD 11-2 check character (0–9 or X). The 15-digit numbers issued before
 * 1999 are rejected with their own message: every living holder has had an 18-digit number since
 * the second-generation cards, and accepting both would let one person appear under two hashes (ADR
 * 0004).
 */
public final class ResidentIdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  /** GB/T 2260 province-level codes, plus 81–83 of the HK/Macau/Taiwan residence permits. */
  private static final java.util.Set<String> PROVINCES =
      java.util.Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82", "83");

  private ResidentIdNumber() {}

  /** Why the number is not a valid 18-digit GB 11643 number, or empty when it is. */
  public static Optional<String> problem(String number, LocalDate today) {
    if (number == null) {
      return Optional.empty();
    }
    if (number.matches("\\d{15}")) {
      return Optional.of("15-digit legacy numbers are not accepted; give the 18-digit number");
    }
    if (!number.matches("\\d{17}[0-9X]")) {
      return Optional.of("must be 18 characters: 17 digits and a digit or X");
    }
    if (!PROVINCES.contains(number.substring(0, 2))) {
      return Optional.of("region code is not a GB/T 2260 province");
    }
    Optional<LocalDate> birth = birthDate(number);
    if (birth.isEmpty()) {
      return Optional.of("date of birth is not a calendar date");
    }
    if (birth.get().isAfter(today) || birth.get().isBefore(LocalDate.of(1880, 1, 1))) {
      return Optional.of("date of birth is out of range");
    }
    if (checkCharacter(number) != number.charAt(17)) {
      return Optional.of("check digit does not match");
    }
    return Optional.empty();
  }

  static char checkCharacter(String number) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  private static Optional<LocalDate> birthDate(String number) {
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(number.substring(6, 10)),
              Integer.parseInt(number.substring(10, 12)),
              Integer.parseInt(number.substring(12, 14))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
