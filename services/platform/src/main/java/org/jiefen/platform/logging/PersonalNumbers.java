package org.jiefen.platform.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks resident ID numbers (18- and 15-digit) and mainland mobile numbers wherever they appear in
 * free text, in the shape responses use: {@code 4403**********1236}, {@code 138****5678}. A digit
 * run is masked only when it stands alone, so UUIDs, timestamps and offsets pass unchanged.
 */
public final class PersonalNumbers {

  private static final Pattern ID_18 =
      Pattern.compile("(?<![0-9A-Za-z])([0-9]{4})[0-9]{10}([0-9]{3}[0-9Xx])(?![0-9A-Za-z])");
  private static final Pattern ID_15 =
      Pattern.compile("(?<![0-9A-Za-z])([0-9]{4})[0-9]{7}([0-9]{4})(?![0-9A-Za-z])");
  private static final Pattern MOBILE =
      Pattern.compile("(?<![0-9])((?:\\+?86[- ]?)?1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])");

  private PersonalNumbers() {}

  /** The text with every personal number masked; the same instance when there was none. */
  public static String mask(String text) {
    if (text == null || !hasLongDigitRun(text)) {
      return text;
    }
    String masked = replace(ID_18, text, "$1**********$2");
    masked = replace(ID_15, masked, "$1*******$2");
    return replace(MOBILE, masked, "$1****$2");
  }

  private static String replace(Pattern pattern, String text, String replacement) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.replaceAll(replacement) : text;
  }

  /** Cheap pre-check: no personal number is shorter than 11 digits in a row. */
  private static boolean hasLongDigitRun(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = Character.isDigit(text.charAt(i)) && text.charAt(i) < 128 ? run + 1 : 0;
      if (run >= 11) {
        return true;
      }
    }
    return false;
  }
}
