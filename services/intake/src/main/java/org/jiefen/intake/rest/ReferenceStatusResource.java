package org.jiefen.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jiefen.intake.service.ReferenceStatus;

/**
 * What intake currently knows of the org tree and the categories: operators (and the seed script)
 * check here that the replica has caught up with routing.
 */
@Path("/api/v1/intake/reference")
@RolesAllowed("admin")
public class ReferenceStatusResource {

  private final ReferenceStatus status;

  ReferenceStatusResource(ReferenceStatus status) {
    this.status = status;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public ReferenceStatus.Counts get() {
    return status.counts();
  }
}
