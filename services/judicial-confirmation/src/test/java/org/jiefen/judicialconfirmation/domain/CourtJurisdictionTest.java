package org.jiefen.judicialconfirmation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CourtJurisdictionTest {

  private final CourtJurisdiction courts =
      new CourtJurisdiction(
          Map.of(
              "longhua",
              "court-longhua",
              "longhua.guanlan",
              "tribunal-guanlan",
              "futian",
              "court-futian"));

  @Test
  void theMostLocalCourtWins() {
    assertEquals(Optional.of("court-longhua"), courts.courtFor("longhua.minzhi.minle"));
    assertEquals(Optional.of("tribunal-guanlan"), courts.courtFor("longhua.guanlan.guihua"));
    assertEquals(Optional.of("court-longhua"), courts.courtFor("longhua"));
  }

  @Test
  void prefixesMatchWholeSegmentsAndUnknownCentersHaveNoCourt() {
    assertEquals(Optional.empty(), courts.courtFor("longhuaxin.a"));
    assertEquals(Optional.empty(), courts.courtFor("nanshan.x"));
  }
}
