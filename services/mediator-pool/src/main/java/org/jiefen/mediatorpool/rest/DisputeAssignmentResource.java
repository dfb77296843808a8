package org.jiefen.mediatorpool.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jiefen.mediatorpool.domain.Assignment;
import org.jiefen.mediatorpool.rest.dto.AssignmentDto;
import org.jiefen.mediatorpool.rest.dto.ReasonRequest;
import org.jiefen.mediatorpool.rest.dto.ReassignRequest;
import org.jiefen.mediatorpool.service.AssignmentAccess;
import org.jiefen.mediatorpool.service.AssignmentCommands;
import org.jiefen.platform.problem.Problem;
import org.jiefen.platform.problem.ProblemException;

/**
 * A dispute's current assignment (pinned paths under /api/v1/disputes/{id}/assignment): its
 * mediator accepts or declines; staff reassign by hand, saying which version they saw (If-Match,
 * from the ETag of GET) so that of two staff acting at once exactly one wins.
 */
@Path("/api/v1/disputes/{id}/assignment")
@Authenticated
public class DisputeAssignmentResource {

  private final AssignmentAccess access;
  private final AssignmentCommands commands;

  DisputeAssignmentResource(AssignmentAccess access, AssignmentCommands commands) {
    this.access = access;
    this.commands = commands;
  }

  @GET
  public Response get(@PathParam("id") String id) {
    Assignment a = access.current(id);
    return Response.ok(AssignmentDto.of(a)).header("ETag", AssignmentCommands.tagOf(a)).build();
  }

  @POST
  @Path("accept")
  public Response accept(@PathParam("id") String id) {
    return withTag(commands.accept(id));
  }

  @POST
  @Path("decline")
  public Response decline(@PathParam("id") String id, @NotNull @Valid ReasonRequest body) {
    return withTag(commands.decline(id, body.reason()));
  }

  @POST
  public Response reassign(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid ReassignRequest body) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          428,
          "Precondition Required",
          "send If-Match with the ETag of the assignment you are replacing",
          List.of(new Problem.FieldError("If-Match", "required")));
    }
    Assignment next = commands.reassign(id, body.mediatorId(), body.reason(), ifMatch.strip());
    return Response.status(201)
        .entity(AssignmentDto.of(next))
        .header("ETag", AssignmentCommands.tagOf(next))
        .build();
  }

  private static Response withTag(Assignment a) {
    return Response.ok(AssignmentDto.of(a)).header("ETag", AssignmentCommands.tagOf(a)).build();
  }
}
