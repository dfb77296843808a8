package org.jiefen.slamonitor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Opening a clock: Beijing-time legal days, due at the end of the last one, warned on the way. */
class DeadlineTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final DeadlineCalculator calc =
      new DeadlineCalculator(new LegalCalendar(Map.of(2026, DeadlineCalculatorTest.notice2026())));

  static SlaPolicy mediatorAccept(int warnAtPercent) {
    return new SlaPolicy(
        "MEDIATOR_ACCEPT",
        "mediator accepts an assignment",
        "dispute.assigned.v1",
        3,
        ClockUnit.WORKING_DAYS,
        warnAtPercent,
        "reassign",
        "人民法院在线调解规则 Art. 12",
        null,
        null);
  }

  private Deadline open(String startedAt, int warnAtPercent) {
    return Deadline.open(
        mediatorAccept(warnAtPercent),
        calc,
        "d-1",
        "longhua.minzhi.minle",
        Instant.parse(startedAt),
        "e-1",
        SHANGHAI);
  }

  @Test
  void dueAtTheEndOfTheLastDayInBeijingAndWarnedAtEightyPercentOfTheSpan() {
    // Wed 30 Sep 2026, 10:00 Beijing time; the golden 3-working-day case ends Sat 10 Oct.
    Deadline d = open("2026-09-30T02:00:00Z", 80);
    assertEquals(LocalDate.parse("2026-10-10"), d.dueDate());
    assertEquals(Instant.parse("2026-10-10T15:59:59Z"), d.dueAt());
    // span 914,399 s; 80% = 731,519 s after the start
    assertEquals(Instant.parse("2026-10-08T13:11:59Z"), d.warnAt());
    assertEquals("OPEN", d.state());
    assertEquals("人民法院在线调解规则 Art. 12", d.citation());
    assertFalse(d.provisional());
  }

  @Test
  void theStartDayIsTheBeijingDateNotTheUtcDate() {
    // 20:00 UTC on 29 Sep is 04:00 on 30 Sep in Beijing: the same legal start day as above.
    Deadline d = open("2026-09-29T20:00:00Z", 50);
    assertEquals(LocalDate.parse("2026-10-10"), d.dueDate());
    assertEquals(Instant.parse("2026-10-05T05:59:59Z"), d.warnAt());
  }

  @Test
  void stoppedByTheDueInstantIsMetAfterItLate() {
    Deadline met = open("2026-09-30T02:00:00Z", 80);
    Deadline late = open("2026-09-30T02:00:00Z", 80);
    assertEquals(true, met.close(Instant.parse("2026-10-10T15:59:59Z")));
    assertEquals("MET", met.state());
    assertEquals(false, late.close(Instant.parse("2026-10-10T16:00:00Z")));
    assertEquals("LATE", late.state());
  }
}
