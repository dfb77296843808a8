package org.jiefen.intake.domain;

/** How personal numbers appear in responses and logs (product-spec §6). */
public final class Masking {

  private Masking() {}

  /** 440306199001011234 → 4403**********1234 */
  public static String idNumber(String number) {
    return keep(number, 4, 4);
  }

  /** 13812345678 → 138****5678 */
  public static String phone(String phone) {
    return keep(phone, 3, 4);
  }

  private static String keep(String value, int head, int tail) {
    if (value == null) {
      return null;
    }
    if (value.length() <= head + tail) {
      return "*".repeat(value.length());
    }
    return value.substring(0, head)
        + "*".repeat(value.length() - head - tail)
        + value.substring(value.length() - tail);
  }
}
