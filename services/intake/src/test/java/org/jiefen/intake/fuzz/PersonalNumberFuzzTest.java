package org.jiefen.intake.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.jiefen.intake.domain.Masking;
import org.jiefen.intake.domain.MobileNumber;
import org.jiefen.intake.domain.ResidentIdNumber;

/**
 * The ID-number and phone checks see whatever a phone or a partner system sends: no input may make
 * them throw, and a number they accept is always masked to its prefix and last four. In the normal
 * test run Jazzer replays the seed inputs; {@code JAZZER_FUZZ=1} fuzzes for the bounded duration.
 */
class PersonalNumberFuzzTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @FuzzTest(maxDuration = "30s")
  void residentIdCheckNeverThrows(String input) {
    var problem = ResidentIdNumber.problem(input, TODAY);
    if (problem.isEmpty() && input != null) {
      String masked = Masking.idNumber(input);
      assertTrue(masked.length() == 18 && masked.substring(4, 14).equals("**********"), masked);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void mobileCheckNeverThrows(String input) {
    if (input != null && MobileNumber.isValid(input)) {
      String normalised = MobileNumber.normalise(input);
      assertTrue(normalised.matches("1[3-9]\\d{9}"), normalised);
      assertTrue(Masking.phone(normalised).matches("1[3-9]\\d\\*{4}\\d{4}"));
    }
  }
}
