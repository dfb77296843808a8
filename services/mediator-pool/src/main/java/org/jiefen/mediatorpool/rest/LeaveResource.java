package org.jiefen.mediatorpool.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jiefen.mediatorpool.rest.dto.LeaveDto;
import org.jiefen.mediatorpool.rest.dto.LeaveRequest;
import org.jiefen.mediatorpool.service.MediatorLeaves;
import org.jiefen.platform.security.Caller;

/** A mediator's leave periods; they are read with the mediator (GET /api/v1/mediators/{code}). */
@Path("/api/v1/mediators/{code}/leaves")
@RolesAllowed("admin")
public class LeaveResource {

  private final MediatorLeaves leaves;
  private final Caller caller;

  LeaveResource(MediatorLeaves leaves, Caller caller) {
    this.leaves = leaves;
    this.caller = caller;
  }

  @POST
  public Response add(
      @PathParam("code") String code, @NotNull @Valid LeaveRequest body, UriInfo uri) {
    LeaveDto added = LeaveDto.of(leaves.add(code, body.from(), body.to(), body.reason(), caller));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
        .entity(added)
        .build();
  }

  @DELETE
  @Path("{id}")
  public void remove(@PathParam("code") String code, @PathParam("id") long id) {
    leaves.remove(code, id, caller);
  }
}
