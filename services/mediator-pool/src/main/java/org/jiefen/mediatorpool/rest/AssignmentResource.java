package org.jiefen.mediatorpool.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.jiefen.mediatorpool.rest.dto.AssignmentDto;
import org.jiefen.mediatorpool.service.AssignmentAccess;

/** A dispute's current assignment with its trace, for its center's scope and its mediator. */
@Path("/api/v1/assignments")
@Authenticated
public class AssignmentResource {

  private final AssignmentAccess access;

  AssignmentResource(AssignmentAccess access) {
    this.access = access;
  }

  @GET
  @Path("{disputeId}")
  public AssignmentDto get(@PathParam("disputeId") String disputeId) {
    return AssignmentDto.of(access.current(disputeId));
  }
}
