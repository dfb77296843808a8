package org.jiefen.slamonitor.rest;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;
import org.jiefen.slamonitor.domain.Deadline;
import org.jiefen.slamonitor.repository.DeadlineRepository;
import org.jiefen.slamonitor.rest.dto.DeadlineDto;

/** A dispute's clocks (pinned: GET /api/v1/disputes/{id}/deadlines), within the caller's scope. */
@Path("/api/v1/disputes/{id}/deadlines")
@Authenticated
public class DisputeDeadlinesResource {

  private final DeadlineRepository deadlines;
  private final Caller caller;

  DisputeDeadlinesResource(DeadlineRepository deadlines, Caller caller) {
    this.deadlines = deadlines;
    this.caller = caller;
  }

  /**
   * The clocks at centers the caller covers, and for a court (its system or clerk) the court's own
   * clocks in its area; none visible answers 404 (a sibling's dispute).
   */
  @GET
  @Transactional
  public List<DeadlineDto> list(@PathParam("id") String id) {
    List<DeadlineDto> visible =
        deadlines.ofDispute(id).stream()
            .filter(d -> caller.covers(d.centerCode()) || courtsOwn(d))
            .map(DeadlineDto::of)
            .toList();
    if (visible.isEmpty()) {
      throw ProblemException.notFound("deadlines of dispute " + id);
    }
    return visible;
  }

  private boolean courtsOwn(Deadline deadline) {
    return caller.isCourt()
        && deadline.clock().startsWith(COURT_CLOCK)
        && caller.jurisdictionCovers(deadline.centerCode());
  }

  private static final String COURT_CLOCK = "COURT_";
}
