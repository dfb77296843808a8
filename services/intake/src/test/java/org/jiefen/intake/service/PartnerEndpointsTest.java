package org.jiefen.intake.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.jiefen.intake.domain.SourcePlatform;
import org.junit.jupiter.api.Test;

class PartnerEndpointsTest {

  @Test
  void aPartnersDeliveriesAreThoseOfSubscriberPartnerColonPlatform() {
    assertEquals("PARTNER:HRSS", PartnerEndpoints.subscriber(SourcePlatform.HRSS));
    assertEquals(
        Optional.of(SourcePlatform.PETITION), PartnerEndpoints.platformOf("PARTNER:PETITION"));
  }

  @Test
  void anotherKindOfSubscriberOrAnUnknownPlatformHasNoPartnerEndpoint() {
    assertEquals(Optional.empty(), PartnerEndpoints.platformOf("COURT:court-longhua"));
    assertEquals(Optional.empty(), PartnerEndpoints.platformOf("PARTNER:NOPE"));
    assertEquals(Optional.empty(), PartnerEndpoints.platformOf("HRSS"));
    assertEquals(Optional.empty(), PartnerEndpoints.platformOf(null));
  }
}
