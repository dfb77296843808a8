package org.jiefen.routing.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.jiefen.platform.problem.ProblemException;
import org.jiefen.platform.security.Caller;
import org.jiefen.routing.repository.RoutingDecisionRepository;
import org.jiefen.routing.rest.dto.RoutingDecisionDto;

/** Every routing decision of a dispute with its trace, for those whose scope covers it. */
@Path("/api/v1/routing/decisions")
@Authenticated
public class RoutingDecisionResource {

  private final RoutingDecisionRepository decisions;
  private final Caller caller;

  RoutingDecisionResource(RoutingDecisionRepository decisions, Caller caller) {
    this.decisions = decisions;
    this.caller = caller;
  }

  @GET
  @Path("{disputeId}")
  public List<RoutingDecisionDto> forDispute(@PathParam("disputeId") String disputeId) {
    List<RoutingDecisionDto> all =
        decisions.forDispute(disputeId).stream().map(RoutingDecisionDto::of).toList();
    if (all.isEmpty() || !caller.covers(all.get(all.size() - 1).centerCode())) {
      throw ProblemException.notFound("routing decisions of dispute " + disputeId);
    }
    return all;
  }
}
