package org.jiefen.intake.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatsRepositoryTest {

  @Test
  void aCodeIsALiteralLikePrefix() {
    assertEquals("longhua.minzhi", StatsRepository.likeEscaped("longhua.minzhi"));
    assertEquals("a!%b!_c!!d", StatsRepository.likeEscaped("a%b_c!d"));
  }
}
