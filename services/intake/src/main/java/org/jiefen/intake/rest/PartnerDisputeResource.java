package org.jiefen.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.jiefen.intake.rest.dto.DisputeView;
import org.jiefen.intake.service.DisputeQueries;

/** A partner platform asks about what it handed in, by its own reference; nothing else. */
@Path("/api/v1/partner/disputes")
@RolesAllowed("partner")
public class PartnerDisputeResource {

  private final DisputeQueries queries;

  PartnerDisputeResource(DisputeQueries queries) {
    this.queries = queries;
  }

  @GET
  @Path("{externalRef}")
  public DisputeView byExternalRef(@PathParam("externalRef") String externalRef) {
    return queries.byExternalRef(externalRef);
  }
}
