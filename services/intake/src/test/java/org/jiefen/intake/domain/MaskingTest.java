package org.jiefen.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void idNumbersShowOnlyRegionPrefixAndLastFour() {
    assertEquals("4403**********1236", Masking.idNumber("440306199001011236"));
  }

  @Test
  void phonesShowOnlyTheCarrierPrefixAndLastFour() {
    assertEquals("138****5678", Masking.phone("13812345678"));
  }

  @Test
  void mobileNumbersAcceptTheCountryPrefixAndRejectLandlines() {
    assertTrue(MobileNumber.isValid("+86 138-1234-5678"));
    assertEquals("13812345678", MobileNumber.normalise("+86 138-1234-5678"));
    assertFalse(MobileNumber.isValid("0755-12345678"));
    assertFalse(MobileNumber.isValid("12812345678"));
  }
}
