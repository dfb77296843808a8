package org.jiefen.intake.domain;

/** Mainland China mobile numbers: 11 digits starting 13–19, with an optional +86 prefix. */
public final class MobileNumber {

  private MobileNumber() {}

  public static boolean isValid(String phone) {
    return phone != null && normalise(phone).matches("1[3-9]\\d{9}");
  }

  /** The form that is hashed and stored, so "+86 138…" and "138…" find each other. */
  public static String normalise(String phone) {
    String compact = phone.replaceAll("[\\s-]", "");
    return compact.startsWith("+86") ? compact.substring(3) : compact;
  }
}
