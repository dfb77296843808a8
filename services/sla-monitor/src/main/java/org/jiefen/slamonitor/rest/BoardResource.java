package org.jiefen.slamonitor.rest;

import io.quarkus.panache.common.Page;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;
import org.jiefen.slamonitor.repository.BoardQuery;
import org.jiefen.slamonitor.rest.dto.DeadlineDto;
import org.jiefen.slamonitor.timer.TimeSource;

/**
 * The SLA board of a center and the centers below it (pinned: GET /api/v1/sla/board): clocks due
 * soon or overdue, earliest first, by clock type if asked, with counts per state and clock.
 */
@Path("/api/v1/sla/board")
@Authenticated
public class BoardResource {

  public enum State {
    OPEN,
    DUE_SOON,
    OVERDUE
  }

  private final BoardQuery board;
  private final Caller caller;
  private final TimeSource time;

  BoardResource(BoardQuery board, Caller caller, TimeSource time) {
    this.board = board;
    this.caller = caller;
    this.time = time;
  }

  @GET
  @Transactional
  public Map<String, Object> board(
      @QueryParam("centerCode") String centerCode,
      @QueryParam("state") State state,
      @QueryParam("clock") String clock,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
    String scope = centerCode == null ? caller.orgUnit() : centerCode;
    if (scope == null || !caller.covers(scope)) {
      throw ProblemException.notFound(
          "board of " + (centerCode == null ? "your center" : centerCode));
    }
    var query =
        board.of(scope, state == null ? State.OPEN.name() : state.name(), clock, time.now());
    return Map.of(
        "centerCode",
        scope,
        "state",
        state == null ? State.OPEN : state,
        "items",
        query.page(Page.of(page, size)).list().stream().map(DeadlineDto::of).toList(),
        "total",
        query.count(),
        "page",
        page,
        "size",
        size,
        "counts",
        board.counts(scope, time.now()));
  }
}
