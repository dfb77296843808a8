package org.jiefen.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @ParameterizedTest
  @ValueSource(strings = {"440306199001011236", "440306198512310022", "11010519491231002X"})
  void wellFormedNumbersWithTheirCheckCharacterPass(String number) {
    assertEquals(Optional.empty(), ResidentIdNumber.problem(number, TODAY));
  }

  @ParameterizedTest
  @CsvSource({
    "440306199001011235, check digit",
    "44030619900101123, 18 characters",
    "4403061990010112361, 18 characters",
    "44030619900101123x, 18 characters",
    "440306199002301230, date of birth is not a calendar date",
    "440306203001011230, out of range",
    "000306199001011236, region code",
    "440306900101123, 15-digit legacy",
  })
  void malformedNumbersAreRejectedWithTheReason(String number, String reason) {
    var problem = ResidentIdNumber.problem(number, TODAY);
    assertTrue(problem.isPresent() && problem.get().contains(reason), problem.toString());
  }
}
