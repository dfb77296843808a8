package org.jiefen.mediatorpool.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.jiefen.mediatorpool.rest.dto.AssignmentDto;
import org.jiefen.mediatorpool.rest.dto.OutcomeRequest;
import org.jiefen.mediatorpool.service.MediationService;

@Path("/api/v1/mediations")
@Authenticated
public class MediationResource {

  private final MediationService mediations;

  MediationResource(MediationService mediations) {
    this.mediations = mediations;
  }

  @POST
  @Path("{disputeId}/outcome")
  public AssignmentDto recordOutcome(
      @PathParam("disputeId") String disputeId, OutcomeRequest request) {
    OutcomeRequest body = request == null ? new OutcomeRequest(null, null, null) : request;
    return AssignmentDto.of(
        mediations.conclude(
            disputeId,
            body.outcome(),
            body.agreement() == null ? null : body.agreement().toDomain(),
            body.requestConfirmation()));
  }
}
