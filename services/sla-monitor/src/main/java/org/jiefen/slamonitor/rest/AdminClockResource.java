package org.jiefen.slamonitor.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.slamonitor.timer.FlagScanner;
import org.jiefen.slamonitor.timer.TimeSource;

/**
 * Advances the SLA monitor's clock (pinned: POST /api/v1/admin/clock/advance), for system tests and
 * demos: a 15-day labour clock expires in seconds; reset puts it back on the system clock. Only
 * where jiefen.sla.clock.adjustable is set (the local runtime, tests); anywhere else every path
 * answers 404 as if it did not exist.
 */
@Path("/api/v1/admin/clock")
@RolesAllowed("admin")
public class AdminClockResource {

  public record Advance(@NotNull String duration) {}

  private final TimeSource time;
  private final FlagScanner scanner;

  AdminClockResource(TimeSource time, FlagScanner scanner) {
    this.time = time;
    this.scanner = scanner;
  }

  public record Now(Instant now, String offset) {}

  @GET
  @Operation(hidden = true)
  public Now now() {
    if (!time.adjustable()) {
      throw ProblemException.notFound("clock control");
    }
    time.refresh();
    return new Now(time.now(), time.offset().toString());
  }

  @POST
  @Path("reset")
  @Operation(hidden = true)
  public Now reset() {
    time.reset();
    scanner.reset();
    return now();
  }

  @POST
  @Path("advance")
  @Operation(hidden = true)
  public Map<String, Instant> advance(@NotNull Advance body) {
    if (!time.adjustable()) {
      throw ProblemException.notFound("clock control");
    }
    Duration by;
    try {
      by = Duration.parse(body.duration());
    } catch (RuntimeException e) {
      throw ProblemException.invalidField("duration", "an ISO-8601 duration such as P16D or PT6H");
    }
    Instant now = time.advance(by);
    scanner.reset();
    return Map.of("now", now);
  }
}
