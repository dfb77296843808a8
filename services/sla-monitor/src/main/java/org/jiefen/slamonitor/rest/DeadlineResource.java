package org.jiefen.slamonitor.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;
import org.jiefen.slamonitor.repository.DeadlineRepository;
import org.jiefen.slamonitor.rest.dto.DeadlineDto;

@Path("/api/v1/sla/deadlines")
@Authenticated
public class DeadlineResource {

  private final DeadlineRepository deadlines;
  private final Caller caller;

  DeadlineResource(DeadlineRepository deadlines, Caller caller) {
    this.deadlines = deadlines;
    this.caller = caller;
  }

  /** A dispute's clocks at the centers the caller covers; none visible answers 404. */
  @GET
  public List<DeadlineDto> ofDispute(@QueryParam("disputeId") @NotBlank String disputeId) {
    List<DeadlineDto> visible =
        deadlines.ofDispute(disputeId).stream()
            .filter(d -> caller.covers(d.centerCode()))
            .map(DeadlineDto::of)
            .toList();
    if (visible.isEmpty()) {
      throw ProblemException.notFound("deadlines of dispute " + disputeId);
    }
    return visible;
  }
}
