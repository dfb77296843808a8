package org.jiefen.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {

  record R(URI url, List<String> prefixes) implements GatewayConfig.Route {}

  private final RouteTable table =
      new RouteTable(
          Map.of(
              "intake", new R(URI.create("http://127.0.0.1:8101"), List.of("/api/v1/disputes")),
              "sla", new R(URI.create("http://127.0.0.1:8105"), List.of("/api/v1/sla")),
              "special", new R(URI.create("http://10.0.0.1"), List.of("/api/v1/sla/calendar/")),
              "routing",
                  new R(
                      URI.create("http://127.0.0.1:8102"),
                      List.of("/api/v1/disputes/*/transfers"))));

  @Test
  void matchesWholeSegmentsAndTheLongestPrefix() {
    assertEquals("intake", table.resolve("/api/v1/disputes").orElseThrow().service());
    assertEquals(8101, table.resolve("/api/v1/disputes/1/timeline").orElseThrow().port());
    assertEquals("sla", table.resolve("/api/v1/sla/policies").orElseThrow().service());
    assertEquals("special", table.resolve("/api/v1/sla/calendar/2026").orElseThrow().service());
    assertEquals(80, table.resolve("/api/v1/sla/calendar/2026").orElseThrow().port());
    assertTrue(table.resolve("/api/v1/slash").isEmpty());
    assertEquals(
        "routing", table.resolve("/api/v1/disputes/abc/transfers").orElseThrow().service());
    assertEquals("intake", table.resolve("/api/v1/disputes/abc/timeline").orElseThrow().service());
    assertEquals("intake", table.resolve("/api/v1/disputes/abc").orElseThrow().service());
    assertTrue(table.resolve("/api/v2/disputes").isEmpty());
  }
}
